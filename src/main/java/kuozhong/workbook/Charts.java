package kuozhong.workbook;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (POI's XDDF: {@code c:chart} parts that Excel, WPS and LibreOffice all draw) over cells
 * of a sheet. Every series refers to its cells and carries their values as its cache, so a viewer shows the
 * chart without recalculating, and the cells can be given to the chart with the data of a streamed sheet
 * (whose rows are no longer in memory): the values are passed in, the cells only named.
 */
final class Charts {

    /** Where a chart sits: columns [firstColumn, lastColumn) and rows [firstRow, lastRow), zero-based. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    /** The cells of one column over rows [firstRow, lastRow], zero-based, with their values. */
    record Cells(String sheet, int column, int firstRow, int lastRow) {
        String reference() {
            return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
        }
    }

    /** A named series: its title (shown in the legend), its cells and their values. */
    record Series(String title, Cells cells, Double[] values) {
    }

    private Charts() {
    }

    /**
     * A column chart (vertical bars) or, with {@code horizontal}, a bar chart; {@code stacked} stacks the
     * series (e.g. province and county shares adding up to the fiscal subsidy).
     *
     * @param valueFormat number format of the value axis, e.g. {@code #,##0} or {@code 0%}
     * @param maxValue    the value axis' maximum, or null to let the viewer choose
     */
    static XSSFChart bar(XSSFSheet sheet, Place place, String title, Cells categories, String[] categoryValues,
            List<Series> series, boolean stacked, boolean horizontal, String valueFormat, Double maxValue) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        if (maxValue != null) {
            y.setMaximum(maxValue);
        }
        y.setNumberFormat(valueFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
            overlapFully(chart);
        } else {
            data.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setGapWidth(60);
        add(data, categories, categoryValues, series);
        chart.plot(data);
        return chart;
    }

    /** A line chart with markers, one line per series. */
    static XSSFChart line(XSSFSheet sheet, Place place, String title, Cells categories, String[] categoryValues,
            List<Series> series, String valueFormat) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat(valueFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        add(data, categories, categoryValues, series);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.getSeries(i);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
        }
        chart.plot(data);
        return chart;
    }

    /**
     * {@code <c:overlap val="100"/>}, without which Excel draws stacked bars side by side. Written as text:
     * poi-ooxml-lite lacks the compiled schema of the value's type ({@code setOverlap} fails on it).
     */
    private static void overlapFully(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        var overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (org.apache.xmlbeans.XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new javax.xml.namespace.QName("val"), "100");
        }
    }

    private static XSSFChart chart(XSSFSheet sheet, Place p, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, p.firstColumn(), p.firstRow(), p.lastColumn(),
                p.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Series colours, in order: blue, orange, grey, gold, green (explicit: a series without a fill of its own
     * is drawn without one by some viewers). */
    private static final byte[][] COLOURS = {
        {(byte) 68, (byte) 114, (byte) 196}, {(byte) 237, (byte) 125, (byte) 49}, {(byte) 165, (byte) 165, (byte) 165},
        {(byte) 255, (byte) 192, (byte) 0}, {(byte) 112, (byte) 173, (byte) 71}};

    private static void add(XDDFChartData data, Cells categories, String[] categoryValues, List<Series> series) {
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categoryValues, categories.reference());
        int i = 0;
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values(),
                    s.cells().reference());
            XDDFChartData.Series added = data.addSeries(cats, values);
            added.setTitle(s.title(), null);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i++ % COLOURS.length]));
            if (data instanceof XDDFLineChartData) {
                XDDFLineProperties line = new XDDFLineProperties(fill);
                line.setWidth(2.25);
                added.setLineProperties(line);
            } else {
                added.setFillProperties(fill);
            }
        }
    }

    /** The cell reference of a single cell, for a formula: {@code '汇总表'!$I$5}. */
    static String cell(String sheet, int row, int column) {
        return new CellReference(sheet, row, column, true, true).formatAsString();
    }
}
