package kuozhong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The comparer of {@code scripts/same-outputs.sh}: whether two runs of kz (before and after a speed change)
 * wrote the same outputs. Not part of {@code kz}: run it from the fat jar with {@code java -cp target/kz.jar
 * -Dloader.main=kuozhong.bench.SameOutputs org.springframework.boot.loader.launch.PropertiesLauncher
 * [--password P] [--max N] BEFORE AFTER [BEFORE AFTER ...]}, each pair two folders (every file under them,
 * by relative path) or two files. Prints {@code SAME (n files)} or {@code DIFFERENT (k of n files)} and then
 * the first {@code --max} differences (default 10), one a line; exits 0 when the same, 1 when not, 2 on
 * wrong usage.
 *
 * <p>Files are compared byte for byte, except:
 * <ul>
 * <li>{@code .xlsx}: by content, part by part (the names of the parts and every part's bytes; the zip
 * container's own entry times, order and compression are not compared). A workbook encrypted with a
 * password (an OLE2 container: bank-list.xlsx, core-list.xlsx, whose agile encryption uses a random salt
 * each time) is decrypted with {@code --password} first.</li>
 * <li>what differs between two runs of the same jar on the same input, and only that ({@link #NORMALISED}):
 * the {@code dcterms:created}/{@code dcterms:modified} times in {@code docProps/core.xml} of every workbook,
 * the {@code 生成时间} (generated at) time in the note of {@code quality.xlsx}, the 运行时间 (run time)
 * value on the parameters sheet of {@code subsidy-<year>.xlsx}, and in {@code metrics/kz.prom} the values of
 * the {@code *_timestamp_seconds}, {@code *_duration_seconds} and {@code kz_source_snapshot_age_days}
 * samples (wall-clock times, durations, and ages counted from the day of the run).</li>
 * </ul>
 * A file in only one of the two folders is a difference.
 */
public final class SameOutputs {
    /** What is normalised before comparing, for {@code --help} and the report. */
    public static final List<String> NORMALISED = List.of(
            "*.xlsx docProps/core.xml: dcterms:created, dcterms:modified (POI writes the time of the run)",
            "quality.xlsx: the time after 生成时间 in the note (the wall-clock time the report was written)",
            "subsidy-*.xlsx: column D of the 运行时间 row on the parameters sheet (the time the settlement ran)",
            "metrics/kz.prom: values of *_timestamp_seconds, *_duration_seconds, kz_source_snapshot_age_days samples");

    private static final Pattern CORE_TIME = Pattern.compile(
            "(<dcterms:(created|modified)\\b[^>]*>)[^<]*(</dcterms:\\2>)");
    private static final Pattern QUALITY_TIME = Pattern.compile("生成时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?"); // builds before d0c2f57 left out ":00"
    private static final Pattern ROW = Pattern.compile("<row\\b.*?</row>", Pattern.DOTALL);
    private static final Pattern D_VALUE = Pattern.compile("(<c r=\"D\\d+\"[^>]*>.*?<v>)[^<]*(</v>)", Pattern.DOTALL);
    private static final Pattern PROM_RUN_DEPENDENT = Pattern.compile(
            "(?m)^((?:\\w+_timestamp_seconds|\\w+_duration_seconds|kz_source_snapshot_age_days)(?:\\{[^}]*\\})?) .*$");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int SHOWN = 100;

    private final String password;
    private final List<String> differences = new ArrayList<>();
    private int files;
    private int differentFiles;

    /** A comparer that decrypts password-protected workbooks with {@code password} (may be null). */
    public SameOutputs(String password) {
        this.password = password;
    }

    public static void main(String[] args) throws IOException {
        String password = System.getenv("KZ_BANK_LIST_PASSWORD");
        int max = 10;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--password" -> password = args[++i];
                case "--max" -> max = Integer.parseInt(args[++i]);
                case "--normalised" -> {
                    NORMALISED.forEach(System.out::println);
                    return;
                }
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty() || paths.size() % 2 != 0) {
            System.err.println("usage: SameOutputs [--password P] [--max N] BEFORE AFTER [BEFORE AFTER ...]");
            System.exit(2);
        }
        SameOutputs same = new SameOutputs(password);
        for (int i = 0; i < paths.size(); i += 2) {
            same.compare(paths.get(i), paths.get(i + 1));
        }
        System.out.println(same.summary());
        same.differences().stream().limit(max).forEach(d -> System.out.println("  " + d));
        if (same.differences().size() > max) {
            System.out.println("  ... " + (same.differences().size() - max) + " more");
        }
        System.exit(same.differences().isEmpty() ? 0 : 1);
    }

    /** {@code SAME (n files)} or {@code DIFFERENT (k of n files)}. */
    public String summary() {
        return differences.isEmpty() ? "SAME (" + files + " files)"
                : "DIFFERENT (" + differentFiles + " of " + files + " files)";
    }

    /** The differences found so far, one a file (or a file's part), in order of path. */
    public List<String> differences() {
        return differences;
    }

    /** Compares two folders (every file under them, by relative path) or two files. */
    public void compare(Path before, Path after) throws IOException {
        if (Files.isDirectory(before) && Files.isDirectory(after)) {
            TreeSet<String> names = new TreeSet<>(relativeFiles(before));
            names.addAll(relativeFiles(after));
            String label = before.getFileName() == null ? "" : before.getFileName() + "/";
            for (String name : names) {
                compareFile(label + name, before.resolve(name), after.resolve(name));
            }
        } else {
            compareFile(before.getFileName().toString(), before, after);
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    private void compareFile(String name, Path before, Path after) throws IOException {
        files++;
        boolean b = Files.isRegularFile(before);
        boolean a = Files.isRegularFile(after);
        if (!b || !a) {
            differ(name + ": only " + (b ? "before" : "after"));
            return;
        }
        byte[] x = Files.readAllBytes(before);
        byte[] y = Files.readAllBytes(after);
        String file = before.getFileName().toString();
        if (file.endsWith(".xlsx")) {
            compareWorkbook(name, file, x, y);
        } else if (file.equals("kz.prom")) {
            compareBytes(name, normaliseProm(x), normaliseProm(y));
        } else {
            compareBytes(name, x, y);
        }
    }

    private void differ(String what) {
        differences.add(what);
        differentFiles++;
    }

    private void compareBytes(String name, byte[] x, byte[] y) {
        int at = firstDifference(x, y);
        if (at < 0) {
            return;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i < at; i++) {
            if (x[i] == '\n') {
                line++;
                start = i + 1;
            }
        }
        differ(name + " line " + line + ": before «" + lineAt(x, start, at) + "» after «" + lineAt(y, start, at) + "»");
    }

    private void compareWorkbook(String name, String file, byte[] x, byte[] y) throws IOException {
        Map<String, byte[]> before;
        Map<String, byte[]> after;
        try {
            before = parts(x);
            after = parts(y);
        } catch (IOException | GeneralSecurityException e) {
            differ(name + ": not readable as a workbook (" + e.getMessage() + ")");
            return;
        }
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        int found = differences.size();
        for (String part : names) {
            byte[] p = before.get(part);
            byte[] q = after.get(part);
            if (p == null || q == null) {
                differences.add(name + " " + part + ": only " + (p != null ? "before" : "after"));
                continue;
            }
            p = normalisePart(file, part, p);
            q = normalisePart(file, part, q);
            int at = firstDifference(p, q);
            if (at >= 0) {
                differences.add(name + " " + part + element(p, at) + ": before «" + snippet(p, at) + "» after «"
                        + snippet(q, at) + "»");
            }
        }
        if (differences.size() > found) {
            differentFiles++;
        }
    }

    /** The parts of a workbook, decrypting it first when it is an encrypted (OLE2) package. */
    private Map<String, byte[]> parts(byte[] bytes) throws IOException, GeneralSecurityException {
        if (bytes.length >= 4 && bytes[0] == OLE2[0] && bytes[1] == OLE2[1] && bytes[2] == OLE2[2] && bytes[3] == OLE2[3]) {
            if (password == null) {
                throw new IOException("encrypted, and no password given (--password or KZ_BANK_LIST_PASSWORD)");
            }
            try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(bytes))) {
                Decryptor d = new EncryptionInfo(fs).getDecryptor();
                if (!d.verifyPassword(password)) {
                    throw new IOException("encrypted with another password");
                }
                try (InputStream in = d.getDataStream(fs)) {
                    return unzip(in.readAllBytes());
                }
            }
        }
        return unzip(bytes);
    }

    /**
     * The parts of a zip package, read in memory through its central directory (POI's entries carry data
     * descriptors, which {@code ZipInputStream} does not take; a decrypted workbook never touches the disk).
     */
    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                if (!e.isDirectory()) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("no parts");
        }
        return parts;
    }

    /** Removes from a workbook's part only what differs between two runs of the same jar ({@link #NORMALISED}). */
    static byte[] normalisePart(String file, String part, byte[] bytes) {
        if (part.equals("docProps/core.xml")) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return CORE_TIME.matcher(s).replaceAll("$1(time of the run)$3").getBytes(StandardCharsets.UTF_8);
        }
        if (file.equals("quality.xlsx") && part.startsWith("xl/")) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return QUALITY_TIME.matcher(s).replaceAll("生成时间 (time of the run)").getBytes(StandardCharsets.UTF_8);
        }
        if (file.matches("subsidy-\\d{4}\\.xlsx") && part.startsWith("xl/worksheets/")) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (!s.contains(">运行时间<")) {
                return bytes;
            }
            Matcher rows = ROW.matcher(s);
            StringBuilder out = new StringBuilder();
            while (rows.find()) {
                String row = rows.group();
                if (row.contains(">运行时间<")) {
                    row = D_VALUE.matcher(row).replaceAll("$1(time of the run)$2");
                }
                rows.appendReplacement(out, Matcher.quoteReplacement(row));
            }
            rows.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** kz.prom without the values that are times, durations or ages counted from the day of the run. */
    static byte[] normaliseProm(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return PROM_RUN_DEPENDENT.matcher(s).replaceAll("$1 (run-dependent)").getBytes(StandardCharsets.UTF_8);
    }

    private static int firstDifference(byte[] x, byte[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (x[i] != y[i]) {
                return i;
            }
        }
        return x.length == y.length ? -1 : n;
    }

    /** The line of {@code bytes} that starts at {@code start}, around {@code at}, at most {@value #SHOWN} characters. */
    private static String lineAt(byte[] bytes, int start, int at) {
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        int from = Math.max(start, at - SHOWN / 2);
        int to = Math.min(end, Math.max(at, from) + SHOWN / 2);
        return text(bytes, from, to, from > start, to < end);
    }

    /** The XML element around {@code at}: the cell it lies in when it is in one. */
    private static String element(byte[] part, int at) {
        String s = new String(part, 0, Math.min(at, part.length), StandardCharsets.UTF_8);
        int c = s.lastIndexOf("<c r=\"");
        int close = s.lastIndexOf("</c>");
        if (c >= 0 && c > close) {
            int q = s.indexOf('"', c + 6);
            if (q > 0) {
                return " cell " + s.substring(c + 6, q);
            }
        }
        return " at byte " + at;
    }

    private static String snippet(byte[] bytes, int at) {
        int from = Math.max(0, at - SHOWN / 2);
        int to = Math.min(bytes.length, at + SHOWN / 2);
        return text(bytes, from, to, from > 0, to < bytes.length);
    }

    private static String text(byte[] bytes, int from, int to, boolean cutBefore, boolean cutAfter) {
        // whole UTF-8 characters only: step off continuation bytes
        while (from > 0 && from < bytes.length && (bytes[from] & 0xC0) == 0x80) {
            from--;
        }
        while (to < bytes.length && to > from && (bytes[to] & 0xC0) == 0x80) {
            to++;
        }
        String s = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8)
                .replace("\r", "\\r").replace("\n", "\\n");
        return (cutBefore ? "…" : "") + s + (cutAfter ? "…" : "");
    }
}
