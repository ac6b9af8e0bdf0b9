package kuozhong.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kuozhong.ingest.Delivery;
import kuozhong.ingest.InboxScanner;
import kuozhong.ingest.Manifest;
import kuozhong.ingest.Source;
import kuozhong.ingest.csv.CsvRecordReader;
import kuozhong.ingest.validate.DuplicateKeys;
import kuozhong.ingest.validate.RecordValidator;

/**
 * The floor under {@code kz ingest} for {@code scripts/bench.sh}: reads the files of deliveries as the
 * loader does but stores nothing, one thread, and prints one line a file and pass:
 *
 * <pre>
 * PARSE    20250110/social_insurance.csv records=1234 bytes=5678 seconds=1.234
 * VALIDATE 20250110/social_insurance.csv records=1234 accepted=1200 seconds=2.345
 * </pre>
 *
 * <p>{@code PARSE} is the loader's record splitter alone ({@link CsvRecordReader}: decode, split, raw text kept); {@code VALIDATE} (with
 * {@code --validate}) adds what the loader does per record before the database: field checks and typed
 * values ({@link RecordValidator}) and the duplicate-key set. Not part of {@code kz}: run it from the fat jar
 * with {@code java -cp target/kz.jar -Dloader.main=kuozhong.bench.ParseOnly
 * org.springframework.boot.loader.launch.PropertiesLauncher [--validate] INBOX}: every complete
 * delivery under the inbox, in the order {@code kz ingest} takes them.
 */
public final class ParseOnly {
    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        boolean validate = false;
        Path inbox = null;
        for (String a : args) {
            if (a.equals("--validate")) {
                validate = true;
            } else {
                inbox = Path.of(a);
            }
        }
        if (inbox == null) {
            System.err.println("usage: ParseOnly [--validate] INBOX");
            System.exit(2);
        }
        for (Delivery d : InboxScanner.scan(inbox, notice -> { })) {
            for (Source source : Source.values()) {
                Manifest.Entry entry = d.manifest().entries().get(source.fileName());
                if (entry == null) {
                    continue;
                }
                Path file = d.dir().resolve(entry.file());
                String name = d.name() + "/" + entry.file();
                long t0 = System.nanoTime();
                long[] parsed = parse(file, entry, null);
                System.out.printf(Locale.ROOT, "PARSE    %s records=%d bytes=%d seconds=%.3f%n", name, parsed[0],
                        Files.size(file), (System.nanoTime() - t0) / 1e9);
                if (validate) {
                    t0 = System.nanoTime();
                    long[] checked = parse(file, entry, source);
                    System.out.printf(Locale.ROOT, "VALIDATE %s records=%d accepted=%d seconds=%.3f%n", name,
                            checked[0], checked[1], (System.nanoTime() - t0) / 1e9);
                }
                System.out.flush();
            }
        }
    }

    /** @return records, and accepted records (validation) or the sum of field lengths (parse only) */
    private static long[] parse(Path file, Manifest.Entry entry, Source source) throws IOException {
        long records = 0;
        long result = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CsvRecordReader csv = new CsvRecordReader(new InputStreamReader(in, entry.charset()))) {
            if (!csv.next()) {
                return new long[] {0, 0};
            }
            List<String> header = csv.fields();
            int[] columnOf = source == null ? null : columns(header, source);
            RecordValidator validator = source == null ? null : new RecordValidator(source.fields(), source.crossCheck());
            DuplicateKeys keys = source == null ? null : source.duplicateKeys();
            String[] raw = source == null ? null : new String[source.fields().size()];
            while (csv.next()) {
                List<String> r = csv.fields();
                records++;
                if (source == null) {
                    for (int i = 0; i < r.size(); i++) {
                        result += r.get(i).length();
                    }
                    continue;
                }
                if (r.size() != header.size()) {
                    continue;
                }
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = columnOf[i] < 0 ? null : r.get(columnOf[i]);
                }
                Object[] typed = new Object[raw.length];
                if (validator.validate(raw, typed) == null && keys.add(typed)) {
                    result++;
                }
            }
        }
        return new long[] {records, result};
    }

    private static int[] columns(List<String> header, Source source) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(RecordValidator.trim(h).replace("\uFEFF", ""));
        }
        return source.fields().stream().mapToInt(f -> names.indexOf(f.name())).toArray();
    }
}
