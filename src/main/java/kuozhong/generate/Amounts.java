package kuozhong.generate;

/** Formats amounts held in fen (cents) as yuan with two decimals, without allocation beyond the result. */
final class Amounts {
    private Amounts() {
    }

    static String yuan(long cents) {
        boolean negative = cents < 0;
        long c = Math.abs(cents);
        long whole = c / 100;
        int frac = (int) (c % 100);
        char[] buf = new char[24];
        int pos = buf.length;
        buf[--pos] = (char) ('0' + frac % 10);
        buf[--pos] = (char) ('0' + frac / 10);
        buf[--pos] = '.';
        do {
            buf[--pos] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }

    /** A rate held in hundredths of a percent (345 → "3.45"). */
    static String rate(int basisPoints) {
        return yuan(basisPoints);
    }
}
