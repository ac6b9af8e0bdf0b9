package kuozhong.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;

import kuozhong.ingest.validate.RejectReason;

/**
 * One extract file being written: RFC 4180 quoting, the file's encoding, BOM and line ends, its
 * column order, a running sha256 and record count, and the deliberate bad records planted among the
 * good ones.
 */
final class CsvFile implements Closeable {

    /** Turns a good record (columns in {@link Layout#columns()} order) into a bad one with the given code. */
    interface BadMaker {
        String[] make(RejectReason code, String[] good, SplittableRandom rnd);
    }

    /** How a file looks on disk. {@code order} lists the indexes of {@code columns} as written. */
    record Layout(String name, String[] columns, int[] order, Charset charset, boolean bom, boolean crlf) {
        static Layout plain(String name, Charset charset, String... columns) {
            int[] order = new int[columns.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            return new Layout(name, columns, order, charset, false, false);
        }

        Layout withOrder(String... names) {
            int[] o = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                o[i] = java.util.Arrays.asList(columns).indexOf(names[i]);
                if (o[i] < 0) {
                    throw new IllegalArgumentException(names[i]);
                }
            }
            return new Layout(name, columns, o, charset, bom, crlf);
        }

        Layout withBom() {
            return new Layout(name, columns, order, charset, true, crlf);
        }

        Layout withCrlf() {
            return new Layout(name, columns, order, charset, bom, true);
        }
    }

    /** What the manifest needs to know, plus the planted bad records. */
    record Report(String file, long records, String sha256, String encoding, long bytes,
                  Map<RejectReason, Integer> bad) {
    }

    /** Good records between two forced bad records, so that a file never passes 1.25 % of rejects. */
    static final int FORCED_SPACING = 80;

    private final Layout layout;
    private final Path path;
    private final MessageDigest digest;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[1024];
    private final String eol;
    private final String[] last;
    private final EnumMap<RejectReason, Integer> bad = new EnumMap<>(RejectReason.class);
    private final RejectReason[] codes;
    private final BadMaker maker;
    private final double ratio;
    private final SplittableRandom rnd;
    private long records;
    private long good;
    private int forced;
    private int cycle;

    private final int spacing;

    CsvFile(Path dir, Layout layout, RejectReason[] codes, BadMaker maker, double ratio, long seed) {
        this(dir, layout, codes, maker, ratio, seed, FORCED_SPACING);
    }

    /** {@code codes} are planted once each, one per {@code spacing} good records, then at {@code ratio}. */
    CsvFile(Path dir, Layout layout, RejectReason[] codes, BadMaker maker, double ratio, long seed, int spacing) {
        this.layout = layout;
        this.spacing = spacing;
        this.path = dir.resolve(layout.name());
        this.eol = layout.crlf() ? "\r\n" : "\n";
        this.last = new String[layout.columns().length];
        this.codes = ratio > 0 ? codes : new RejectReason[0];
        this.maker = maker;
        this.ratio = ratio;
        this.rnd = new SplittableRandom(seed ^ layout.name().hashCode() * 0x9E3779B97F4A7C15L);
        try {
            Files.createDirectories(dir);
            digest = MessageDigest.getInstance("SHA-256");
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(file, digest), layout.charset()),
                    1 << 16);
            if (layout.bom()) {
                out.write('\uFEFF');
            }
            for (int i = 0; i < layout.order().length; i++) {
                line.append(i == 0 ? "" : ",").append(layout.columns()[layout.order()[i]]);
            }
            line.append(eol);
            flushLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return layout.name();
    }

    long records() {
        return records;
    }

    /** Writes one good record (columns in layout order), then maybe a planted bad one. */
    void write(String... row) {
        writeRow(row, row.length);
        records++;
        good++;
        System.arraycopy(row, 0, last, 0, last.length);
        if (forced < codes.length) {
            if (good % spacing == 0) {
                writeBad(codes[forced++]);
            }
        } else if (codes.length > 0 && ratio < 1 && rnd.nextDouble() < ratio) {
            writeBad(codes[cycle++ % codes.length]);
        }
    }

    private void writeBad(RejectReason code) {
        String[] row = last.clone();
        if (code == RejectReason.WRONG_FIELD_COUNT) {
            writeRow(row, row.length - 1);
        } else {
            writeRow(maker.make(code, row, rnd), row.length);
        }
        records++;
        bad.merge(code, 1, Integer::sum);
    }

    /** Writes the first {@code count} output columns of {@code row}. */
    private void writeRow(String[] row, int count) {
        int[] order = layout.order();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(row[order[i]]);
        }
        line.append(eol);
        flushLine();
    }

    private void appendField(String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            line.append(v);
            return;
        }
        line.append('"');
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private void flushLine() {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[n * 2];
        }
        line.getChars(0, n, chars, 0);
        line.setLength(0);
        try {
            out.write(chars, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the file; the report is only complete afterwards. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report report() {
        try {
            String encoding = layout.charset().name().equals("GB18030") ? "GB18030" : "UTF-8";
            return new Report(layout.name(), records, HexFormat.of().formatHex(digest.digest()), encoding,
                    Files.size(path), Map.copyOf(bad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
