package kuozhong.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.ListBuildIT;
import kuozhong.testing.Ids;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/** out/ingest/quality.xlsx after every ingest, a failed one included (issue 11, item 5). */
class QualityWorkbookIT {
    @TempDir
    Path home;

    private static List<String> vehicles(int n) {
        List<String> lines = new ArrayList<>(List.of("plate_no,owner_id_no,vehicle_type,use_nature,purchase_price,register_date,status"));
        for (int i = 1; i <= n; i++) {
            lines.add("浙K" + i + "," + ListBuildIT.H1_HEAD + ",CAR,NON_OPERATING,90000.00,2015-01-01,NORMAL");
        }
        return lines;
    }

    @Test
    void recordsAgainstThePreviousDeliveryRejectRatesAndAChartPerSource() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        inbox.delivery("20250110").file("vehicle.csv", vehicles(10)).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        Path quality = home.resolve("out/ingest/quality.xlsx");
        assertThat(quality).exists();

        // 9 of 10: exactly 10 % fewer, not highlighted
        inbox.delivery("20250210").file("vehicle.csv", vehicles(9)).complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        // 7 of 9: 22 % fewer, highlighted; and a person file with 1 bad identity number in 5 (20 % > 2 %): fails
        String valid = Ids.of("1984-01-01", 5, true);
        String bad = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');   // wrong check digit: BAD_ID
        inbox.delivery("20250310").file("vehicle.csv", vehicles(7))
                .file("person.csv", List.of("id_no,name,gender,birth_date,household_no,relation,township_code,village,status",
                        Ids.of("1980-01-01", 1, true) + ",赵一,1,1980-01-01,H1,01,331126101,黄田村,NORMAL",
                        Ids.of("1981-01-01", 2, false) + ",钱二,2,1981-01-01,H1,02,331126101,黄田村,NORMAL",
                        Ids.of("1982-01-01", 3, true) + ",孙三,1,1982-01-01,H2,01,331126101,黄田村,NORMAL",
                        Ids.of("1983-01-01", 4, false) + ",李四,2,1983-01-01,H3,01,331126101,黄田村,NORMAL",
                        bad + ",周五,1,1980-01-01,H4,01,331126101,黄田村,NORMAL")).complete();
        Kz.Result third = kz.run("ingest");
        assertThat(third.exitCode()).as(third.all()).isEqualTo(1);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(quality))) {
            Sheet q = wb.getSheet("数据质量");
            assertThat(row(q, 0)).startsWith("数据来源", "来源名称", "交付批次", "快照日期", "状态", "清单行数", "记录数", "拒收数",
                    "拒收率", "拒收率上限", "主要拒收原因", "上次记录数", "较上次变化", "提示");
            // person first (source order), then vehicle by delivery date
            assertThat(row(q, 1).subList(0, 8)).containsExactly("person", "户籍人口（公安）", "20250310", "2025-03-10", "失败",
                    "5", "5", "1");
            assertThat(q.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(0.2);
            assertThat(red(q, 1, 8)).isTrue();
            assertThat(row(q, 1).get(10)).startsWith("BAD_ID 身份证号无效 1");
            assertThat(row(q, 1).get(11)).isEqualTo("首次交付");
            assertThat(row(q, 2).subList(0, 8)).containsExactly("vehicle", "车辆（公安）", "20250110", "2025-01-10", "已入库",
                    "10", "10", "0");
            assertThat(row(q, 3).subList(2, 8)).containsExactly("20250210", "2025-02-10", "已入库", "9", "9", "0");
            assertThat(row(q, 3).get(11)).isEqualTo("10");
            assertThat(q.getRow(3).getCell(12).getNumericCellValue()).isEqualTo(-0.1);
            assertThat(red(q, 3, 12)).as("exactly 10 %: not highlighted").isFalse();
            assertThat(row(q, 4).subList(2, 8)).containsExactly("20250310", "2025-03-10", "已入库", "7", "7", "0");
            assertThat(q.getRow(4).getCell(12).getNumericCellValue()).isCloseTo(-2.0 / 9, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(red(q, 4, 12)).isTrue();
            assertThat(row(q, 4).get(13)).isEqualTo("记录数比上次减少超过10%，请向部门核实");

            List<XSSFChart> charts = wb.getSheet("记录数趋势").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(1).getTitleText().getString()).isEqualTo("vehicle 车辆（公安）");
            var series = charts.get(1).getChartSeries().get(0).getSeries(0);
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("数据质量!$G$3:$G$5");
            assertThat(series.getValuesData().getPointAt(2).doubleValue()).isEqualTo(7.0);

            // no identity number anywhere, not even the rejected one
            java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\d{17}[\\dXx]");
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Sheet sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(id.matcher(formatter.formatCellValue(cell)).find()).as(cell.toString()).isFalse();
                    }
                }
            }
        }
    }

    private static boolean red(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getCellStyle().getFillForegroundColor() == IndexedColors.RED.getIndex();
    }

    private static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        var row = s.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            out.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)
                    .replace(",", ""));
        }
        return out;
    }
}
