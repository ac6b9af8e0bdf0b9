package kuozhong.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast sheet data writers write exactly the bytes POI's own {@link SheetDataWriter} writes, cell type by cell type,
 * for texts that need escaping, replacing or careful encoding; and the encrypted one keeps them unreadable on disk.
 */
class Utf8SheetDataWriterTest {
    /** Texts whose escaping or encoding could go wrong. */
    static final List<String> TRICKY = List.of(
            "plain", "", " leading space", "trailing space ", "\tleading tab", "trailing line feed\n", " ",
            "a<b>&\"c'd", "&lt; stays &amp; escaped", "line\nbreak\r\nand\ttab", "\u00A0no-break\u00A0space",
            "controls \u0000\u0001\u0008\u000B\u000C\u001F end", "delete \u007F", "not characters \uFFFE\uFFFF",
            "replacement \uFFFD", "two bytes é ß ¥ ©", "张三丰 濛洲街道 扩中", "pair 𠀀 😀 𠮷", "王\uD842\uDFB7明",
            "lone high \uD83D", "lone high before escaped \uD83D<", "lone high before tab \uD83D\t", "\uD83D",
            "lone low \uDE00", "reversed \uDE00\uD83D", "two highs \uD83D\uD83D\uDE00", "\uDE00", "ends high \uD83D",
            "33112619800101123X", "]]> <![CDATA[", "\u2028\u2029\u0085");

    private SXSSFWorkbook wb;
    private SXSSFSheet sheet;
    private final List<SheetDataWriter> writers = new ArrayList<>();

    /** POI's own writer, its temporary file in reach of the test. */
    static final class PoiWriter extends SheetDataWriter {
        PoiWriter() throws IOException {
            super();
        }

        java.io.File file() {
            return getTempFile();
        }
    }

    @BeforeEach
    void workbook() {
        wb = new SXSSFWorkbook(-1); // every row stays in memory: the test writes them itself
        sheet = wb.createSheet("s");
    }

    @AfterEach
    void dispose() throws IOException {
        for (SheetDataWriter w : writers) {
            w.close();
            Files.deleteIfExists(w instanceof PoiWriter p ? p.file().toPath() : ((Utf8SheetDataWriter) w).file().toPath());
        }
        wb.dispose();
        wb.close();
    }

    @Test
    void writesTheBytesPoiWritesForEveryKindOfCell() throws IOException {
        List<SXSSFRow> rows = rows();
        byte[] poi = write(new PoiWriter(), rows);
        byte[] fast = write(new Utf8SheetDataWriter(null), rows);

        assertThat(new String(fast, StandardCharsets.UTF_8)).isEqualTo(new String(poi, StandardCharsets.UTF_8));
        assertThat(fast).isEqualTo(poi);
        // the test covers what it means to: escapes, replacements, 4-byte characters, styles, the fallback
        String xml = new String(poi, StandardCharsets.UTF_8);
        assertThat(xml).contains("&lt;", "&amp;", "&quot;", "&#xa;", "&#xd;", "&#x9;", "&#xa0;", "xml:space=\"preserve\"",
                "𠮷", "lone high ?</t>", "reversed ??", "t=\"n\"", "t=\"b\"", "<f>", "t=\"e\"", "r=\"XFD", " s=\"",
                "customHeight=\"1\"");
    }

    @Test
    void encryptedWriterReadsBackThePoiBytesAndLeavesNoPlainTextOnDisk() throws IOException {
        List<SXSSFRow> rows = rows();
        byte[] poi = write(new PoiWriter(), rows);
        Utf8SheetDataWriter encrypted = new EncryptedTempWorkbook.EncryptedSheetDataWriter();
        byte[] back = write(encrypted, rows);

        assertThat(back).isEqualTo(poi);
        String onDisk = new String(Files.readAllBytes(encrypted.file().toPath()), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("33112619800101123X").doesNotContain("<row").doesNotContain("inlineStr");
        // gzip's magic number is inside the encryption, not in front of it
        assertThat(onDisk).doesNotStartWith("\u001f\u008b");
    }

    @Test
    void aTextLongerThanTheBufferIsWrittenWhole() throws IOException {
        StringBuilder s = new StringBuilder();
        while (s.length() < 32_000) { // a cell holds at most 32,767 characters; these are about 80 KB of XML
            s.append("扩中<&>\uD842\uDFB7\u00A0\nabc");
        }
        SXSSFRow row = sheet.createRow(0);
        for (int c = 0; c < 5; c++) {
            row.createCell(c).setCellValue(s.substring(c) + (c % 2 == 0 ? "\uD83D" : "")); // ends with a lone high surrogate
        }

        assertThat(write(new Utf8SheetDataWriter(null), List.of(row))).isEqualTo(write(new PoiWriter(), List.of(row)));
    }

    private List<SXSSFRow> rows() {
        List<CellStyle> styles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            styles.add(wb.createCellStyle());
        }
        List<SXSSFRow> rows = new ArrayList<>();
        int r = 0;
        for (String text : TRICKY) {
            SXSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(text);
            row.createCell(2).setCellValue(text); // column 1 left out: a null cell
            row.getCell(2).setCellStyle(styles.get(r % styles.size()));
            rows.add(row);
        }
        double[] numbers = {0, -0.0, 1, -1, 1.5, 86543.21, 1234567.0, 0.1 + 0.2, 1e20, 1e-5, 123456789012.0,
                Double.MAX_VALUE, Double.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE};
        SXSSFRow numberRow = sheet.createRow(r++);
        for (int c = 0; c < numbers.length; c++) {
            numberRow.createCell(c).setCellValue(numbers[c]);
            numberRow.getCell(c).setCellStyle(styles.get(c));
        }
        rows.add(numberRow);
        SXSSFRow other = sheet.createRow(r++);
        other.createCell(0).setCellValue(true);
        other.createCell(1).setCellValue(false);
        other.createCell(2); // blank, style 0
        other.createCell(3).setCellStyle(styles.get(39)); // blank, styled
        other.createCell(4).setCellFormula("SUM(A1:B2)");
        other.createCell(5).setCellErrorValue(FormulaError.DIV0.getCode());
        other.createCell(26).setCellValue("AA");
        other.createCell(701).setCellValue("ZZ");
        other.createCell(702).setCellValue("AAA");
        other.createCell(16383).setCellValue("XFD");
        other.setHeightInPoints(33.5f);
        rows.add(other);
        SXSSFRow last = sheet.createRow(1_048_575);
        last.createCell(0).setCellValue("the last row");
        rows.add(last);
        return rows;
    }

    private byte[] write(SheetDataWriter writer, List<SXSSFRow> rows) throws IOException {
        writers.add(writer);
        for (SXSSFRow row : rows) {
            writer.writeRow(row.getRowNum(), row);
        }
        writer.close();
        try (InputStream in = writer.getWorksheetXMLInputStream()) {
            return in.readAllBytes();
        }
    }
}
