package kuozhong.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityWorkbookTest {
    @TempDir
    Path dir;

    /** The note's 生成时间 keeps its seconds when they are 0 (LocalDateTime.toString would drop them: "12:30"). */
    @Test
    void generatedAtOnAWholeMinuteStillShowsItsSeconds() throws Exception {
        assertThat(note(LocalDateTime.of(2026, 11, 29, 12, 30, 0, 0))).startsWith("生成时间 2026-11-29 12:30:00。");
        assertThat(note(LocalDateTime.of(2026, 11, 29, 9, 5, 7, 999_000_000))).startsWith("生成时间 2026-11-29 09:05:07。");
    }

    private String note(LocalDateTime generatedAt) throws Exception {
        QualityWorkbookData.Row row = new QualityWorkbookData.Row("person", "20250615", LocalDate.of(2025, 6, 15),
                "LOADED", 10, 10, 0, BigDecimal.ZERO, false, Map.of(), null, null, false);
        Path file = dir.resolve("quality-" + generatedAt.getSecond() + ".xlsx");
        QualityWorkbook.write(new QualityWorkbookData(List.of(row), new BigDecimal("0.02"), new BigDecimal("0.2"),
                generatedAt), file);
        List<String> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("生成时间")) {
                        notes.add(c.getStringCellValue());
                    }
                }
            }
        }
        assertThat(notes).hasSize(1);
        return notes.get(0);
    }
}
