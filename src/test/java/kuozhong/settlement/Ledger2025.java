package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.ID_A;
import static kuozhong.settlement.Fixtures.ID_B;
import static kuozhong.settlement.Fixtures.ID_C;
import static kuozhong.settlement.Fixtures.ID_D;
import static kuozhong.settlement.Fixtures.byLoan;
import static kuozhong.settlement.Fixtures.draw;
import static kuozhong.settlement.Fixtures.loan;
import static kuozhong.settlement.Fixtures.repay;
import static kuozhong.settlement.Fixtures.withCategory;
import static kuozhong.settlement.Fixtures.withRates;

import java.util.List;
import java.util.Map;

/**
 * A small ledger worked by hand, settled against {@link Fixtures#standardList()}:
 * <pre>
 * loan  borrower  household/township  category    figures in 2025 (divisor 36000)
 * L1    A         H1 濛洲 001          BUSINESS    the spec's worked example: acc 25,720,000; fiscal 1286.00;
 *                                                 saving 2857.78; bank 1571.78; province 1028.80; county 257.20;
 *                                                 year end 60000; principal 100000; 306 days
 * L2    A         H1 濛洲 001          EMPLOYMENT  30000 drawn 2025-06-01, rates 3.00/3.50: 214 days, acc 6,420,000;
 *                                                 fiscal 0.00; saving 89.17; bank 89.17; year end 30000
 * L3    B         H2 濛洲 001          BUSINESS    several repayments: acc 23,600,000; fiscal 1180.00;
 *                                                 saving 23,600,000 × 4 / 36000 = 2622.22; bank 1442.22;
 *                                                 province 944.00; county 236.00; year end 0; principal 120000
 * L4    C         H3 松源 002          FARMER      50000 since 2024-11-15, rates 3.20/6.00 (fiscal 1.8, saving 2.8):
 *                                                 acc 18,250,000; fiscal 912.50; saving 51,100,000/36000 = 1419.44;
 *                                                 bank 506.94; province 730.00; county 182.50; year end 50000
 * L5    D         —                   BUSINESS    not on the list → exception NOT_ON_LIST
 * L6    B         H2                  BUSINESS    repaid in full in 2024 → inactive (accumulation 0)
 * </pre>
 * The loans are given out of loan_no order on purpose.
 */
final class Ledger2025 {
    private Ledger2025() {
    }

    static List<Loan> loans() {
        return List.of(
                withRates(withCategory(loan("L4", ID_C, "2024-11-15", "2027-11-15", "50000.00"), LoanCategory.FARMER),
                        "3.20", "6.00"),
                loan("L6", ID_B, "2024-10-10", "2025-10-10", "10000.00"),
                loan("L5", ID_D, "2025-03-01", "2026-03-01", "8000.00"),
                loan("L3", ID_B, "2025-02-01", "2026-02-01", "120000.00"),
                withRates(withCategory(loan("L2", ID_A, "2025-06-01", "2026-06-01", "30000.00"),
                        LoanCategory.EMPLOYMENT), "3.00", "3.50"),
                loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00"));
    }

    static Map<String, List<LoanTransaction>> transactions() {
        return byLoan(
                draw("L1", "2025-03-01", "100000.00"), repay("L1", "2025-09-01", "40000.00"),
                draw("L2", "2025-06-01", "30000.00"),
                draw("L3", "2025-02-01", "120000.00"), repay("L3", "2025-04-01", "20000.00"),
                repay("L3", "2025-07-01", "30000.00"), repay("L3", "2025-10-15", "70000.00"),
                draw("L4", "2024-11-15", "50000.00"),
                draw("L5", "2025-03-01", "8000.00"),
                draw("L6", "2024-10-10", "10000.00"), repay("L6", "2024-12-20", "10000.00"));
    }

    static SettlementResult settle(int year) {
        return SettlementCalculator.settle(year, loans(), transactions(), Fixtures.standardList(), Fixtures.policy());
    }
}
