package kuozhong.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import kuozhong.common.Mask;

/**
 * The look shared by every workbook: one instance per workbook, holding its cell styles (a workbook
 * may hold only about 64,000 of them, so they are created once and reused), and laying out tables:
 * Chinese header row in bold on a fill, column widths by content type, frozen header, print setup
 * (A4 landscape, fit to one page wide, header rows repeated on every page).
 *
 * <p>With {@code redact} set (workbooks for finance staff and the audit), every free-text cell written
 * through {@link #text} has anything shaped like an identity number masked, as a safety net behind
 * the explicit masking of identity columns.
 */
final class Sheets {

    /** What a column holds: decides the cell style, the number format and the default width. */
    enum Kind {
        TEXT(null, 12),
        /** Codes and identifiers (loan numbers, hashes): text, never redacted, never turned into numbers. */
        CODE("@", 12),
        /** Identity numbers: a text cell, so 18 digits never become 3.31E+17. */
        ID("@", 21),
        AMOUNT("#,##0.00", 16),
        INTEGER("#,##0", 10),
        DATE("yyyy-mm-dd", 12),
        DATETIME("yyyy-mm-dd hh:mm:ss", 20),
        PERCENT("0.00%", 10),
        /** Interest rates in percent, e.g. 3.5 → 3.50. */
        RATE("0.00##", 9);

        final String format;
        final int chars;

        Kind(String format, int chars) {
            this.format = format;
            this.chars = chars;
        }
    }

    /** How a cell stands out. */
    enum Emphasis { NONE, TOTAL, FAIL, PASS }

    /** A column: its Chinese header, its content and its width in characters of a Latin digit. */
    record Column(String header, Kind kind, int chars) {
        static Column text(String header, int chars) {
            return new Column(header, Kind.TEXT, chars);
        }

        static Column code(String header, int chars) {
            return new Column(header, Kind.CODE, chars);
        }

        static Column of(String header, Kind kind) {
            return new Column(header, kind, kind.chars);
        }

        /** Width: the content's, or the header's when wider, up to 18 (longer headers wrap). */
        int width() {
            return Math.min(255, Math.max(chars, Math.min(displayWidth(header) + 2, 18)));
        }
    }

    /** Cells must not show a full identity number: 17 digits and a digit or X, not inside a longer number. */
    private static final Pattern IDENTITY = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    private static final short HEADER_FILL = IndexedColors.GREY_25_PERCENT.getIndex();
    private static final short TOTAL_FILL = IndexedColors.LEMON_CHIFFON.getIndex();

    private final Workbook wb;
    private final boolean redact;
    /** By kind, then emphasis (looked up for every cell: no key built per cell). */
    private final Map<Kind, Map<Emphasis, CellStyle>> styles = new EnumMap<>(Kind.class);
    private final CellStyle header;
    private final CellStyle title;

    Sheets(Workbook wb, boolean redact) {
        this.wb = wb;
        this.redact = redact;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = bordered(wb.createCellStyle());
        header.setFont(bold);
        header.setFillForegroundColor(HEADER_FILL);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    /**
     * A new sheet whose header row is {@code headerRow} (rows above it are for a title): headers,
     * widths, frozen panes below the header, print setup with rows 0..headerRow repeated on every page.
     */
    Sheet table(String name, int headerRow, List<Column> columns) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(headerRow);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            sheet.setColumnWidth(c, col.width() * 256 + 200);
            Cell cell = row.createCell(c);
            cell.setCellValue(col.header());
            cell.setCellStyle(header);
            lines = Math.max(lines, (displayWidth(col.header()) + col.width() - 1) / col.width());
        }
        row.setHeightInPoints(Math.min(4, lines) * 15f + 3f);
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet, headerRow);
        return sheet;
    }

    private static void printSetup(Sheet sheet, int headerRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** A title across columns 0..lastColumn of row {@code rowIndex}. */
    void title(Sheet sheet, int rowIndex, String text, int lastColumn) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(28f);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        }
    }

    /** A plain note in the first column of a row, e.g. "单位：元". */
    void note(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(redact(text));
    }

    /** Free text (names, Chinese labels, details); redacted in masked workbooks. */
    Cell text(Row row, int column, String value, Emphasis emphasis) {
        Cell cell = styled(row, column, Kind.TEXT, emphasis);
        if (value != null) {
            cell.setCellValue(redact(value));
        }
        return cell;
    }

    Cell text(Row row, int column, String value) {
        return text(row, column, value, Emphasis.NONE);
    }

    /** A code or identifier, written as text exactly as given. */
    Cell code(Row row, int column, String value) {
        Cell cell = styled(row, column, Kind.CODE, Emphasis.NONE);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A full identity number (only the bank list has any), as a text cell. */
    Cell identity(Row row, int column, String value) {
        Cell cell = styled(row, column, Kind.ID, Emphasis.NONE);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A masked identity number: {@code 331126********1234}, whatever form it was given in. */
    Cell maskedIdentity(Row row, int column, String value) {
        Cell cell = styled(row, column, Kind.ID, Emphasis.NONE);
        if (value != null) {
            cell.setCellValue(Mask.idNo(value));
        }
        return cell;
    }

    Cell number(Row row, int column, Kind kind, BigDecimal value, Emphasis emphasis) {
        Cell cell = styled(row, column, kind, emphasis);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    Cell amount(Row row, int column, BigDecimal value) {
        return number(row, column, Kind.AMOUNT, value, Emphasis.NONE);
    }

    Cell integer(Row row, int column, long value, Emphasis emphasis) {
        Cell cell = styled(row, column, Kind.INTEGER, emphasis);
        cell.setCellValue(value);
        return cell;
    }

    Cell integer(Row row, int column, long value) {
        return integer(row, column, value, Emphasis.NONE);
    }

    Cell date(Row row, int column, LocalDate value) {
        Cell cell = styled(row, column, Kind.DATE, Emphasis.NONE);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    Cell dateTime(Row row, int column, LocalDateTime value) {
        Cell cell = styled(row, column, Kind.DATETIME, Emphasis.NONE);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /**
     * A formula with its cached result, so that a viewer which does not recalculate (and POI itself)
     * shows the right figure. {@code cached} is computed by the caller in exact decimal arithmetic.
     */
    Cell formula(Row row, int column, Kind kind, String formula, BigDecimal cached, Emphasis emphasis) {
        Cell cell = styled(row, column, kind, emphasis);
        cell.setCellFormula(formula);
        cell.setCellValue(cached.doubleValue());
        return cell;
    }

    /** An empty cell carrying the style (borders, fill) of its row. */
    Cell blank(Row row, int column, Emphasis emphasis) {
        return styled(row, column, Kind.TEXT, emphasis);
    }

    private Cell styled(Row row, int column, Kind kind, Emphasis emphasis) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style(kind, emphasis));
        return cell;
    }

    CellStyle style(Kind kind, Emphasis emphasis) {
        return styles.computeIfAbsent(kind, k -> new EnumMap<>(Emphasis.class)).computeIfAbsent(emphasis, e -> {
            CellStyle s = bordered(wb.createCellStyle());
            if (kind.format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(kind.format));
            }
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (kind == Kind.DATE || kind == Kind.DATETIME) {
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            switch (emphasis) {
                case TOTAL -> {
                    s.setFont(boldFont(IndexedColors.AUTOMATIC.getIndex()));
                    s.setFillForegroundColor(TOTAL_FILL);
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                case FAIL -> {
                    s.setFont(boldFont(IndexedColors.WHITE.getIndex()));
                    s.setFillForegroundColor(IndexedColors.RED.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case PASS -> {
                    s.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case NONE -> {
                    if (kind == Kind.TEXT) {
                        s.setWrapText(true);
                    }
                }
            }
            return s;
        });
    }

    private final Map<Short, Font> boldFonts = new HashMap<>();

    private Font boldFont(short color) {
        return boldFonts.computeIfAbsent(color, c -> {
            Font f = wb.createFont();
            f.setBold(true);
            if (c != IndexedColors.AUTOMATIC.getIndex()) {
                f.setColor(c);
            }
            return f;
        });
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private String redact(String text) {
        return redact ? redactIdentities(text) : text;
    }

    /** Masks every run of characters shaped like an identity number. */
    static String redactIdentities(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IDENTITY.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(Mask.idNo(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Display width in Latin-digit units: CJK and full-width characters count twice. */
    static int displayWidth(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    /** Column letter(s) of a zero-based column index: 0 → A, 26 → AA. */
    static String col(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
