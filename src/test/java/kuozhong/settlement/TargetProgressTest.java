package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetProgressTest {

    @Test
    void cumulativeReductionOver2024And2025() {
        // 2024 on the same ledger: only L4 and L6 ran in 2024 (L1..L3 inactive, L5 refused).
        //   L4: 47 days × 50000 = 2,350,000 × 2.8 / 36000 = 6,580,000 / 36000 = 182.777… → 182.78
        //   L6: 2024-10-10..12-19 = 22+30+19 = 71 days × 10000 = 710,000 × 4 / 36000 = 78.888… → 78.89
        //   saving 2024 = 261.67; year-end balance 2024 = 50000 (L4) + 0 (L6)
        SettlementResult y2024 = Ledger2025.settle(2024);
        assertThat(y2024.detail()).extracting(DetailRow::loanNo).containsExactly("L4", "L6");
        TargetProgress p2024 = TargetProgress.of(y2024, Map.of(), Fixtures.policy());
        assertThat(p2024.cumulativeInterestReduction()).isEqualTo(bd("261.67"));
        // 261.67 × 100 / 300000 = 0.08722… → 0.09; 50000 × 100 / 50,000,000 = 0.10
        assertThat(p2024.interestReductionPercent()).isEqualTo(bd("0.09"));
        assertThat(p2024.newLoanBalance()).isEqualByComparingTo("50000.00");
        assertThat(p2024.newLoanBalancePercent()).isEqualTo(bd("0.10"));

        // 2025: 6988.61 (see Ledger2025) + 261.67 = 7250.28; 7250.28 × 100 / 3,000,000 = 0.241676 → 0.24
        // balance 140000 × 100 / 150,000,000 = 0.09333… → 0.09
        // an entry for 2025 itself (a previous settlement of 2025) and one for 2026 are ignored
        TargetProgress p2025 = TargetProgress.of(Ledger2025.settle(2025),
                Map.of(2024, p2024.cumulativeInterestReduction(), 2025, bd("999.99"), 2026, bd("1.00")),
                Fixtures.policy());
        assertThat(p2025.cumulativeInterestReduction()).isEqualTo(bd("7250.28"));
        assertThat(p2025.targetInterestReduction()).isEqualByComparingTo("3000000.00");
        assertThat(p2025.interestReductionPercent()).isEqualTo(bd("0.24"));
        assertThat(p2025.newLoanBalance()).isEqualByComparingTo("140000.00");
        assertThat(p2025.targetNewLoanBalance()).isEqualByComparingTo("150000000.00");
        assertThat(p2025.newLoanBalancePercent()).isEqualTo(bd("0.09"));
    }

    @Test
    void percentRoundsHalfUpAndIsAbsentWithoutATarget() {
        // 1 × 100 / 8 = 12.5 exactly → 12.50; 0.00125 × 100 / 1 = 0.125 → 0.13 half-up (half-even: 0.12)
        assertThat(TargetProgress.percent(BigDecimal.ONE, bd("8"))).isEqualTo(bd("12.50"));
        assertThat(TargetProgress.percent(bd("0.00125"), BigDecimal.ONE)).isEqualTo(bd("0.13"));
        assertThat(TargetProgress.percent(BigDecimal.ONE, null)).isNull();
        TargetProgress p2026 = TargetProgress.of(Ledger2025.settle(2026), Map.of(), Fixtures.policy());
        assertThat(p2026.targetNewLoanBalance()).isNull();
        assertThat(p2026.newLoanBalancePercent()).isNull();
    }
}
