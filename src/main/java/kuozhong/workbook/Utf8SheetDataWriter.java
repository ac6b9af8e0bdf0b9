package kuozhong.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet data writer with a plain UTF-8 encoder in place of {@code BufferedWriter} over
 * {@code OutputStreamWriter}: the same bytes in the temporary file (UTF-8; an unpaired surrogate becomes
 * {@code ?}, as the JDK's encoder replaces it), without a lock and a charset encoder behind each of the
 * ten or so small writes a cell makes (issue 12: 明细表 of 100,000 loans is 2M cells and 100 MB of XML).
 */
final class Utf8SheetDataWriter extends SheetDataWriter {

    Utf8SheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
    }

    /** An unsynchronised, buffered UTF-8 writer; not thread-safe (a sheet is written by one thread). */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buf = new byte[64 * 1024];
        private int n;
        /** A high surrogate waiting for its low half (a write may end between the two), or 0. */
        private char high;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(cbuf[i]);
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(s.charAt(i));
            }
        }

        @Override
        public Writer append(CharSequence csq) throws IOException {
            String s = String.valueOf(csq);
            write(s, 0, s.length());
            return this;
        }

        @Override
        public Writer append(char c) throws IOException {
            put(c);
            return this;
        }

        private void put(char c) throws IOException {
            if (n + 4 > buf.length) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buf[n++] = '?';
                if (n + 4 > buf.length) {
                    drain();
                }
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (high != 0) {
                    high = 0;
                    put('?');
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
