package kuozhong.workbook;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights that fit wrapped text. Viewers do not all grow a row to its wrapped text on opening (LibreOffice
 * keeps the stored height, and a streamed sheet stores none), so a long explanation overprints the rows below:
 * the height is set from the text's lines at the column's width.
 */
final class RowHeights {
    /** Points per line of 11-point text, CJK glyphs included, with a little air. */
    static final float LINE_POINTS = 15.5f;

    private RowHeights() {
    }

    /**
     * Sets the row's height to the most lines any of its texts takes.
     *
     * @param widths the columns' widths in Latin-digit characters ({@link Sheets.Column#width()})
     * @param texts  the texts of the columns, null for a cell without wrapped text
     */
    static void fit(Row row, int[] widths, String... texts) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < widths.length; c++) {
            lines = Math.max(lines, lines(texts[c], widths[c]));
        }
        row.setHeightInPoints(lines * LINE_POINTS + 3f);
    }

    /** Lines a text takes in a column {@code width} digits wide (each line break starts a new line). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (Sheets.displayWidth(part) + usable - 1) / usable);
        }
        return lines;
    }
}
