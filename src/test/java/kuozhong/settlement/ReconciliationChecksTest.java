package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReconciliationChecksTest {
    private static final String SHA_LOANS = "a".repeat(64);
    private static final String SHA_TXNS = "b".repeat(64);
    private static final List<LedgerFileDigest> MATCHING = List.of(
            new LedgerFileDigest("loans.csv", SHA_LOANS, SHA_LOANS),
            new LedgerFileDigest("loan_transactions.csv", SHA_TXNS, SHA_TXNS.toUpperCase()));

    private final SettlementResult r = Ledger2025.settle(2025);

    @Test
    void aSettledLedgerPassesEveryCheck() {
        ReconciliationChecks c = ReconciliationChecks.of(r, MATCHING);
        assertThat(c.hasFailure()).isFalse();
        assertThat(c.checks()).extracting(Check::name).containsExactly(
                "明细合计=汇总合计 (detail totals = summary totals)",
                "省级+县级=财政贴息 (province + county = fiscal)",
                "财政贴息+银行让利=家庭节省 (fiscal + bank = household saving)",
                "台账贷款数=明细+不予贴息+未发生 (ledger loans = detail + exceptions + inactive)",
                "台账文件sha256=清单 (ledger files sha256 = manifest)",
                "使用的名单版本 (list versions used)");
        assertThat(c.checks().get(1).detail()).contains("total province + county 3378.50 = fiscal 3378.50");
        assertThat(c.checks().get(2).detail()).contains("total fiscal + bank 6988.61 = household saving 6988.61");
        // 6 ledger loans = 4 detail + 1 exception (L5) + 1 inactive (L6)
        assertThat(c.checks().get(3).detail()).isEqualTo("ledger 6 = detail 4 + exceptions 1 + inactive 1");
        assertThat(c.checks().get(5).detail()).isEqualTo("version 1 as of 2024-09-30: 6 loans");
    }

    @Test
    void aShaDifferentFromTheManifestFails() {
        ReconciliationChecks c = ReconciliationChecks.of(r, List.of(MATCHING.get(0),
                new LedgerFileDigest("loan_transactions.csv", SHA_TXNS, "c".repeat(64))));
        assertThat(c.hasFailure()).isTrue();
        assertThat(c.checks().get(4).pass()).isFalse();
        assertThat(c.checks().get(4).detail()).contains("loan_transactions.csv: manifest bbbb");
    }

    @Test
    void noLedgerFileFails() {
        assertThat(ReconciliationChecks.of(r, List.of()).hasFailure()).isTrue();
    }

    @Test
    void aTamperedDetailRowFailsTheSumsAndTheTotals() {
        // L1's county share raised by 0.01: province + county = 1028.80 + 257.21 = 1286.01 ≠ 1286.00,
        // and the detail county total 675.71 ≠ summary total 675.70
        List<DetailRow> detail = new ArrayList<>(r.detail());
        DetailRow d = detail.get(0);
        detail.set(0, new DetailRow(d.loanNo(), d.householdNo(), d.townshipCode(), d.townshipName(), d.borrowerIdNo(),
                d.product(), d.category(), d.contractDate(), d.maturityDate(), d.principal(), d.contractRate(),
                d.referenceRate(), d.fiscalRate(), d.bankRate(), d.days(), d.accumulation(), d.yearEndBalance(),
                d.fiscalSubsidy(), d.provinceShare(), bd("257.21"), d.bankConcession(), d.householdSaving(),
                d.flags(), d.listVersion()));
        SettlementResult tampered = new SettlementResult(r.year(), detail, r.exceptions(), r.inactiveLoanNos(),
                r.summary(), r.ledgerLoans(), r.listVersionByLoan());
        ReconciliationChecks c = ReconciliationChecks.of(tampered, MATCHING);
        assertThat(c.hasFailure()).isTrue();
        assertThat(c.checks()).extracting(Check::status).containsExactly("FAIL", "FAIL", "PASS", "PASS", "PASS", "PASS");
        assertThat(c.checks().get(0).detail()).contains("county_share: detail 675.71 ≠ total 675.70");
        assertThat(c.checks().get(1).detail())
                .contains("loan L1: province + county 1286.01 ≠ fiscal 1286.00");
    }

    @Test
    void aLostLoanFailsTheLoanCount() {
        SettlementResult lost = new SettlementResult(r.year(), r.detail(), r.exceptions(), r.inactiveLoanNos(),
                r.summary(), 7, r.listVersionByLoan());
        ReconciliationChecks c = ReconciliationChecks.of(lost, MATCHING);
        assertThat(c.hasFailure()).isTrue();
        assertThat(c.checks().get(3).detail()).isEqualTo("ledger 7 ≠ detail 4 + exceptions 1 + inactive 1");
    }
}
