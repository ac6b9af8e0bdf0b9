package kuozhong.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The record splitter: fields as RFC 4180 reads them, and each record's text exactly as it stood. */
class CsvRecordReaderTest {

    /** One record as read: its index, start line, fields and raw text. */
    record Rec(long index, long line, List<String> fields, String raw) {
    }

    static List<Rec> read(Reader in) throws IOException {
        List<Rec> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(in)) {
            while (r.next()) {
                out.add(new Rec(r.index(), r.line(), List.copyOf(r.fields()), r.raw()));
            }
        }
        return out;
    }

    static List<Rec> read(String text) throws IOException {
        List<Rec> whole = read(new StringReader(text));
        // the same text handed over one character at a time: every record crosses a buffer refill
        assertThat(read(new OneCharAtATime(text))).isEqualTo(whole);
        return whole;
    }

    @Test
    void rawIsTheRecordExactlyAsReadWithoutItsLineBreak() throws IOException {
        String text = "a,b,c\r\n"
                + "\"张三\",\"x,y\",\"他说\"\"好\"\"\"\r\n"     // quoted fields, a comma and doubled quotes inside
                + " 1 ,\t2\t,\"濛洲街道\r\n三组\"\r\n"          // untrimmed spaces and tabs; CRLF inside a quoted field
                + "4,\"多\n行\n\",6\n"                          // LF inside, LF at the end
                + "7,8,";                                       // no line break at the end, an empty last field
        List<Rec> recs = read(text);

        assertThat(recs).extracting(Rec::raw).containsExactly("a,b,c", "\"张三\",\"x,y\",\"他说\"\"好\"\"\"",
                " 1 ,\t2\t,\"濛洲街道\r\n三组\"", "4,\"多\n行\n\",6", "7,8,");
        assertThat(recs).extracting(Rec::fields).containsExactly(List.of("a", "b", "c"),
                List.of("张三", "x,y", "他说\"好\""), List.of(" 1 ", "\t2\t", "濛洲街道\r\n三组"),
                List.of("4", "多\n行\n", "6"), List.of("7", "8", ""));
        assertThat(recs).extracting(Rec::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(recs).extracting(Rec::line).containsExactly(1L, 2L, 3L, 5L, 8L);
    }

    @Test
    void blankLinesAreNoRecordsAndABomIsSkipped() throws IOException {
        List<Rec> recs = read("\uFEFFh1,h2\n\n  \t \r\n1,2\r\n\r\n\"\"\n3,4\n\n");
        assertThat(recs).extracting(Rec::raw).containsExactly("h1,h2", "1,2", "3,4");
        assertThat(recs).extracting(Rec::index).containsExactly(0L, 1L, 2L);
        assertThat(recs).extracting(Rec::line).containsExactly(1L, 4L, 7L);
    }

    @Test
    void crAloneEndsARecordAndAQuoteInsideAnUnquotedFieldIsACharacter() throws IOException {
        List<Rec> recs = read("a,b\r1,x\"y\r");
        assertThat(recs).extracting(Rec::fields).containsExactly(List.of("a", "b"), List.of("1", "x\"y"));
        assertThat(recs.get(1).raw()).isEqualTo("1,x\"y");
    }

    @Test
    void charactersBeyondTheBmpStayWhole() throws IOException {
        String name = "𠀾".repeat(50);
        List<Rec> recs = read("name\n" + name + "\n\"" + name + "\"\n");
        assertThat(recs.get(1).fields()).containsExactly(name);
        assertThat(recs.get(2).fields()).containsExactly(name);
        assertThat(recs.get(2).raw()).isEqualTo("\"" + name + "\"");
    }

    @Test
    void aQuotedFieldThatIsNeverClosedNamesTheRecordAndLineWhereItStarts() {
        String text = "a,b\n1,2\n3,4\n5,\"truncated\nexport,6\n7,8\n";
        assertThatThrownBy(() -> read(new StringReader(text)))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.recordIndex()).isEqualTo(3);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("quoted field 2").contains("never closed");
                });
    }

    @Test
    void textAfterAClosingQuoteIsNotCsv() {
        assertThatThrownBy(() -> read(new StringReader("a,b\n1,2\n\"x\"y,3\n")))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.recordIndex()).isEqualTo(2);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("text follows the closing quote of field 1");
                });
    }

    @Test
    void theProblemIsSaidInTheOperatorsLanguage() {
        kuozhong.common.Messages.use(kuozhong.common.Language.ZH);
        try {
            assertThatThrownBy(() -> read(new StringReader("a,b,c\n1,\"x\ny\",\"open\n2,3\n")))
                    .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo(
                                "the quoted field 3 (opened on line 3) is never closed: the file ends inside it");
                        assertThat(e.problem().local()).isEqualTo("带引号的第 3 个字段（在第 3 行开始）没有闭合：文件在该字段内结束");
                    });
        } finally {
            kuozhong.common.Messages.use(kuozhong.common.Language.EN);
        }
    }

    @Test
    void anUnclosedQuoteDoesNotReadTheRestOfAHugeFileIntoMemory() {
        String start = "a\n\"open\n";
        Reader text = new Reader() {
            private int i;

            @Override
            public int read(char[] cbuf, int off, int len) {
                for (int k = 0; k < len; k++) {
                    cbuf[off + k] = i < start.length() ? start.charAt(i) : 'x';
                    i++;
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
            assertThat(e.recordIndex()).isEqualTo(1);
            assertThat(e.getMessage()).contains("longer than " + CsvRecordReader.MAX_RECORD_CHARS);
        });
    }

    /** Hands the text over one character a call. */
    static final class OneCharAtATime extends Reader {
        private final String s;
        private int i;

        OneCharAtATime(String s) {
            this.s = s;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (i >= s.length()) {
                return -1;
            }
            cbuf[off] = s.charAt(i++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
