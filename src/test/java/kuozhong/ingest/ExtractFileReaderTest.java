package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.ingest.validate.Reject;
import kuozhong.ingest.validate.RejectReason;

/** The reader of a load hands each record's raw text over lazily, and only while it is the current record. */
class ExtractFileReaderTest {

    @Test
    void rawTextIsTheRecordAsReadWhenAskedBeforeTheNextRecord(@TempDir Path dir) throws Exception {
        Path f = write(dir, "h1,h2\r\n\"a,\"\"b\"\"\", 1 \r\n\r\n" + "x".repeat(100_000) + ",2\n3,4");
        try (ExtractFileReader r = ExtractFileReader.open(f, StandardCharsets.UTF_8)) {
            assertThat(r.header()).containsExactly("h1", "h2");
            RawRecord first = r.read();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.fields()).containsExactly("a,\"b\"", " 1 ");
            assertThat(first.raw()).isEqualTo("\"a,\"\"b\"\"\", 1 ");
            RawRecord second = r.read();
            // asked once, the text stays with the record
            assertThat(first.raw()).isEqualTo("\"a,\"\"b\"\"\", 1 ");
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.line()).isEqualTo(4);
            assertThat(second.raw()).isEqualTo("x".repeat(100_000) + ",2");
            RawRecord third = r.read();
            assertThat(third.raw()).isEqualTo("3,4");
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void aRejectTakesTheRawTextAtOnceButAnUnaskedRecordCannotGiveItLater(@TempDir Path dir) throws Exception {
        Path f = write(dir, "h1,h2\n1,2\n3,4\n5,6\n");
        try (ExtractFileReader r = ExtractFileReader.open(f, StandardCharsets.UTF_8)) {
            RawRecord first = r.read();
            CheckedRecord.Rejected rejected = new CheckedRecord.Rejected(first,
                    new Reject(RejectReason.BAD_CODE, "h1 is not one of A/B"));
            RawRecord second = r.read();
            r.read();
            assertThat(rejected.record().raw()).isEqualTo("1,2");
            assertThatThrownBy(second::raw).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("record 2");
        }
    }

    @Test
    void aRecordMadeWithItsTextKeepsIt() {
        RawRecord r = new RawRecord(7, 9, List.of("a"), "a");
        assertThat(r.raw()).isEqualTo("a");
        assertThat(r.number()).isEqualTo(7);
        assertThat(r.line()).isEqualTo(9);
    }

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("person.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
