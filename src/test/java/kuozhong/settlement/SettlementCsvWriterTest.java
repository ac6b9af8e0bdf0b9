package kuozhong.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementCsvWriterTest {
    private final SettlementResult r = Ledger2025.settle(2025);

    @Test
    void detailHasTheSpecsColumnsMaskedIdentitiesAndAmountsToTheFen() throws IOException {
        StringWriter out = new StringWriter();
        SettlementCsvWriter.writeDetail(out, r.detail());
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("loan_no,household_no,township_code,township_name,borrower_id_masked,"
                + "product,category,contract_date,maturity_date,principal,contract_rate,reference_rate,fiscal_rate,"
                + "bank_rate,days,accumulation,year_end_balance,fiscal_subsidy,province_share,county_share,"
                + "bank_concession,household_saving,flags");
        assertThat(lines.get(1)).isEqualTo("L1,H1,331126001,濛洲街道,331126********001X,JINGYING,BUSINESS,"
                + "2025-03-01,2026-02-28,100000.00,3.50,7.50,1.80,2.20,306,25720000.00,60000.00,"
                + "1286.00,1028.80,257.20,1571.78,2857.78,");
        // L2: rates 3.00 / 3.50 → fiscal 0.00, bank 0.50
        assertThat(lines.get(2)).startsWith("L2,H1,331126001,濛洲街道,331126********001X,JINGYING,EMPLOYMENT,")
                .contains(",3.00,3.50,0.00,0.50,214,6420000.00,30000.00,0.00,0.00,0.00,89.17,89.17,");
        assertThat(out.toString()).doesNotContain("33112619850101001X");
        assertThat(lines).hasSize(5);
    }

    @Test
    void exceptionsListEveryReasonJoinedBySemicolons() throws IOException {
        Loan l = Fixtures.guaranteed(Fixtures.withProduct(
                Fixtures.loan("L9", Fixtures.ID_D, "2025-03-01", "2026-03-01", "5000"), LoanProduct.OTHER));
        SettlementResult refused = SettlementCalculator.settle(2025, List.of(l),
                Fixtures.byLoan(Fixtures.draw("L9", "2025-03-01", "5000")), Fixtures.standardList(), Fixtures.policy());
        StringWriter out = new StringWriter();
        SettlementCsvWriter.writeExceptions(out, refused.exceptions());
        assertThat(out.toString().lines()).containsExactly(
                "loan_no,borrower_id_masked,product,category,contract_date,principal,reasons",
                "L9,331126********0044,OTHER,BUSINESS,2025-03-01,5000.00,NOT_SERIES_PRODUCT;GUARANTEE_SUBSIDIZED;NOT_ON_LIST");
    }

    @Test
    void summaryRowsThenTotal() throws IOException {
        StringWriter out = new StringWriter();
        SettlementCsvWriter.writeSummary(out, r.summary());
        assertThat(out.toString().lines()).containsExactly(
                "township_code,township_name,category,households,loans,principal,year_end_balance,accumulation,"
                        + "fiscal_subsidy,province_share,county_share,bank_concession,household_saving",
                "331126001,濛洲街道,BUSINESS,2,2,220000.00,60000.00,49320000.00,2466.00,1972.80,493.20,3014.00,5480.00",
                "331126001,濛洲街道,EMPLOYMENT,1,1,30000.00,30000.00,6420000.00,0.00,0.00,0.00,89.17,89.17",
                "331126002,松源街道,FARMER,1,1,50000.00,50000.00,18250000.00,912.50,730.00,182.50,506.94,1419.44",
                "TOTAL,,,3,4,300000.00,140000.00,73990000.00,3378.50,2702.80,675.70,3610.11,6988.61");
    }

    @Test
    void writeAllPutsThreeUtf8FilesInPlace(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out/settlement/2025");
        SettlementCsvWriter.writeAll(out, r);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("subsidy-detail.csv", "subsidy-exceptions.csv", "subsidy-summary.csv");
        }
        assertThat(Files.readString(out.resolve("subsidy-summary.csv"), StandardCharsets.UTF_8)).contains("松源街道");
        assertThat(Files.readAllLines(out.resolve("subsidy-exceptions.csv"))).hasSize(2);
    }
}
