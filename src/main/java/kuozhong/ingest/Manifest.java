package kuozhong.ingest;

import kuozhong.common.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import kuozhong.ingest.validate.RecordValidator;

/** A delivery's MANIFEST.csv ({@code file,rows,sha256,encoding}), written last by the sender. */
public record Manifest(Map<String, Entry> entries) {

    public static final String FILE_NAME = "MANIFEST.csv";

    /** One line of the manifest. */
    public record Entry(String file, long rows, String sha256, Charset charset) {
    }

    /**
     * Reads a manifest. A manifest that cannot be read as specified is a problem of the whole delivery.
     *
     * @throws IngestException naming the manifest and the line
     */
    public static Manifest read(Path path) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).get().parse(in).getRecords();
            for (CSVRecord r : records) {
                String file = RecordValidator.trim(r.get("file")).replace("\uFEFF", "");
                long rows = Long.parseLong(RecordValidator.trim(r.get("rows")));
                String sha = RecordValidator.trim(r.get("sha256")).toLowerCase(Locale.ROOT);
                String enc = r.isMapped("encoding") && r.isSet("encoding") ? RecordValidator.trim(r.get("encoding")) : "";
                entries.put(file, new Entry(file, rows, sha, charset(enc, path, r.getRecordNumber())));
            }
        } catch (BadEncoding e) {
            throw new IngestException(Messages.text("ingest.badManifest", path, e.text));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new IngestException(Messages.text("ingest.badManifest", path, e.getMessage()));
        }
        return new Manifest(Map.copyOf(entries));
    }

    private static Charset charset(String enc, Path path, long line) {
        if (enc.isEmpty() || enc.equalsIgnoreCase("UTF-8") || enc.equalsIgnoreCase("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        if (enc.equalsIgnoreCase("GB18030")) {
            return Charset.forName("GB18030");
        }
        throw new BadEncoding(Messages.text("ingest.badEncoding", line, enc));
    }

    /** An encoding column kz cannot read, said in the operator's language. */
    private static final class BadEncoding extends RuntimeException {
        private final transient Messages.Text text;

        BadEncoding(Messages.Text text) {
            super(text.english());
            this.text = text;
        }
    }
}
