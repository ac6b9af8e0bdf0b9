package kuozhong.ingest.validate;

/**
 * GB 32100-2015 unified social credit codes (统一社会信用代码), profile.md "market_entity.csv": 18 characters
 * of {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0-30 in that order); weights
 * {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28} on characters 1-17; the check character has the
 * value (31 − (weighted sum mod 31)) mod 31. Only the length, the alphabet and the check character are
 * checked.
 */
public final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The check character for the first 17 characters (upper-case, of the alphabet). */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Why {@code code} (upper-cased already) is not a valid credit code, or null; never repeats the code. */
    public static String problem(String code) {
        if (code.length() != 18) {
            return "must have 18 characters, has " + code.length();
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " is not one of " + ALPHABET;
            }
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return "has a wrong check character";
        }
        return null;
    }
}
