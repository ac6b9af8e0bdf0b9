package kuozhong.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;

/** Assertions shared by the workbook tests, on workbooks read back with POI. */
final class WorkbookChecks {
    static final Pattern FULL_IDENTITY = Pattern.compile("\\d{17}[\\dX]");

    private WorkbookChecks() {
    }

    static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    /** Formats cells as a viewer that does not recalculate shows them: formula cells by their cached value. */
    static DataFormatter formatter() {
        DataFormatter f = new DataFormatter();
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    }

    static List<String> row(Sheet sheet, int r) {
        DataFormatter f = formatter();
        List<String> values = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return values;
    }

    /** Every string of every cell, formula text included. */
    static List<String> allTexts(Workbook wb) {
        List<String> texts = new ArrayList<>();
        DataFormatter f = formatter();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    texts.add(f.formatCellValue(cell));
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    static void assertNoFullIdentity(Workbook wb) {
        assertThat(allTexts(wb)).noneMatch(t -> FULL_IDENTITY.matcher(t).find());
    }

    /** Header row bold on a fill, frozen below it, A4 landscape fit to one page wide, header rows repeated. */
    static void assertTableLayout(Sheet sheet, int headerRow) {
        Cell first = sheet.getRow(headerRow).getCell(0);
        assertThat(sheet.getWorkbook().getFontAt(first.getCellStyle().getFontIndex()).getBold())
                .as("bold header of %s", sheet.getSheetName()).isTrue();
        assertThat(first.getCellStyle().getFillForegroundColor()).isNotEqualTo((short) 64);
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("freeze pane of %s", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(headerRow + 1);
        PrintSetup ps = sheet.getPrintSetup();
        assertThat(ps.getLandscape()).isTrue();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        CellRangeAddress repeating = sheet.getRepeatingRows();
        assertThat(repeating).as("repeating rows of %s", sheet.getSheetName()).isNotNull();
        assertThat(repeating.getFirstRow()).isZero();
        assertThat(repeating.getLastRow()).isEqualTo(headerRow);
        for (int c = 0; c < sheet.getRow(headerRow).getLastCellNum(); c++) {
            assertThat(sheet.getColumnWidth(c)).as("width of column %d of %s", c, sheet.getSheetName())
                    .isGreaterThanOrEqualTo(8 * 256);
        }
    }

    static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    /** Every formula, evaluated afresh by POI, gives the value cached in the file. */
    static void assertCachedValuesMatchEvaluation(Workbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : wb) {
            for (Row r : sheet) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        double cached = c.getNumericCellValue();
                        double fresh = ev.evaluate(c).getNumberValue();
                        assertThat(cached).as("%s!%s %s", sheet.getSheetName(), c.getAddress(), c.getCellFormula())
                                .isCloseTo(fresh, org.assertj.core.data.Offset.offset(0.000001));
                    }
                }
            }
        }
    }
}
