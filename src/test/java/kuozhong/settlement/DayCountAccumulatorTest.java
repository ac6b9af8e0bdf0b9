package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.ID_A;
import static kuozhong.settlement.Fixtures.bd;
import static kuozhong.settlement.Fixtures.dayCount;
import static kuozhong.settlement.Fixtures.draw;
import static kuozhong.settlement.Fixtures.loan;
import static kuozhong.settlement.Fixtures.repay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Day counts worked by hand; month lengths: Jan 31, Feb 28 (29 in 2024), Mar 31, Apr 30, May 31, Jun 30, ... */
class DayCountAccumulatorTest {

    @Test
    void theSpecsWorkedExample() {
        // contract 2025-03-01, 100000 drawn that day, 40000 repaid 2025-09-01, maturity 2026-02-28.
        // 2025-03-01..08-31 = 31+30+31+30+31+31 = 184 days at 100000 = 18,400,000
        // 2025-09-01..12-31 = 30+31+30+31      = 122 days at  60000 =  7,320,000
        // accumulation 25,720,000; days 306; year-end balance 60000
        Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
        DayCount dc = dayCount(l, 2025, draw("L1", "2025-03-01", "100000.00"), repay("L1", "2025-09-01", "40000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("25720000.00");
        assertThat(dc.days()).isEqualTo(306);
        assertThat(dc.yearEndBalance()).isEqualByComparingTo("60000.00");
        assertThat(dc.overdue()).isFalse();
        assertThat(dc.ledgerConsistent()).isTrue();
    }

    @Test
    void transactionsAfterTheYearChangeNeitherAccumulationNorYearEndBalance() {
        // as the worked example, plus the remaining 60000 repaid on 2026-01-15 (delivered with the ledger)
        Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
        DayCount dc = dayCount(l, 2025, repay("L1", "2026-01-15", "60000.00"),
                draw("L1", "2025-03-01", "100000.00"), repay("L1", "2025-09-01", "40000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("25720000.00");
        assertThat(dc.yearEndBalance()).isEqualByComparingTo("60000.00");
    }

    @Test
    void contractedIn2024AndOutstandingThrough2025() {
        // contract 2024-11-15, 50000 drawn that day, maturity 2027-11-15, nothing repaid
        Loan l = loan("L4", ID_A, "2024-11-15", "2027-11-15", "50000.00");
        LoanTransaction t = draw("L4", "2024-11-15", "50000.00");
        // 2025: every day, 365 × 50000 = 18,250,000
        DayCount y2025 = dayCount(l, 2025, t);
        assertThat(y2025.accumulation()).isEqualByComparingTo("18250000.00");
        assertThat(y2025.days()).isEqualTo(365);
        assertThat(y2025.yearEndBalance()).isEqualByComparingTo("50000.00");
        // 2024: 11-15..11-30 = 16, December 31 → 47 days × 50000 = 2,350,000
        DayCount y2024 = dayCount(l, 2024, t);
        assertThat(y2024.accumulation()).isEqualByComparingTo("2350000.00");
        assertThat(y2024.days()).isEqualTo(47);
    }

    @Test
    void drawdownAndRepaymentOnTheSameDay() {
        // principal 80000, contract 2025-05-10: 50000 drawn 05-10; on 08-01 30000 drawn and 10000 repaid.
        // 05-10..07-31 = 22+30+31          = 83 days at 50000 =  4,150,000
        // 08-01..12-31 = 31+30+31+30+31    = 153 days at 70000 = 10,710,000 (end-of-day balance of 08-01 is 70000)
        Loan l = loan("L2", ID_A, "2025-05-10", "2026-05-10", "80000.00");
        DayCount dc = dayCount(l, 2025, draw("L2", "2025-05-10", "50000.00"),
                repay("L2", "2025-08-01", "10000.00"), draw("L2", "2025-08-01", "30000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("14860000.00");
        assertThat(dc.days()).isEqualTo(236);
        assertThat(dc.yearEndBalance()).isEqualByComparingTo("70000.00");
        // the repayment listed before the drawdown of the same day is no negative balance: only end of day counts
        assertThat(dc.ledgerConsistent()).isTrue();
    }

    @Test
    void drawnAndRepaidInFullTheSameDayCountsNothing() {
        // end-of-day balance of 05-10 is 1000 − 1000 = 0: the drawdown's day counts, but with balance 0
        Loan l = loan("L2", ID_A, "2025-05-10", "2026-05-10", "1000.00");
        DayCount dc = dayCount(l, 2025, draw("L2", "2025-05-10", "1000.00"), repay("L2", "2025-05-10", "1000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("0");
        assertThat(dc.days()).isZero();
    }

    @Test
    void severalRepayments() {
        // principal 120000 drawn 2025-02-01; repaid 20000 on 04-01, 30000 on 07-01, 70000 on 10-15.
        // 02-01..03-31 = 28+31          =  59 days at 120000 = 7,080,000
        // 04-01..06-30 = 30+31+30       =  91 days at 100000 = 9,100,000
        // 07-01..10-14 = 31+31+30+14    = 106 days at  70000 = 7,420,000
        // 10-15..12-31 = 17+30+31       =  78 days at      0
        // accumulation 23,600,000; days 59+91+106 = 256; year end 0
        Loan l = loan("L3", ID_A, "2025-02-01", "2026-02-01", "120000.00");
        DayCount dc = dayCount(l, 2025, draw("L3", "2025-02-01", "120000.00"), repay("L3", "2025-04-01", "20000.00"),
                repay("L3", "2025-07-01", "30000.00"), repay("L3", "2025-10-15", "70000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("23600000.00");
        assertThat(dc.days()).isEqualTo(256);
        assertThat(dc.yearEndBalance()).isEqualByComparingTo("0");
        assertThat(dc.overdue()).isFalse();
    }

    @Test
    void repaidInFullBeforeTheYear() {
        Loan l = loan("L6", ID_A, "2024-10-10", "2025-10-10", "10000.00");
        DayCount dc = dayCount(l, 2025, draw("L6", "2024-10-10", "10000.00"), repay("L6", "2024-12-20", "10000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("0");
        assertThat(dc.days()).isZero();
        assertThat(dc.yearEndBalance()).isEqualByComparingTo("0");
        assertThat(dc.overdue()).isFalse();
    }

    @Nested
    class Overdue {
        // contract 2025-01-10, 10000 drawn that day, maturity 2025-07-10.
        // counted 01-10..07-09 = 22+28+31+30+31+30+9 = 181 days at 10000 = 1,810,000; later days never count
        final Loan l = loan("L7", ID_A, "2025-01-10", "2025-07-10", "10000.00");
        final LoanTransaction drawn = draw("L7", "2025-01-10", "10000.00");

        @Test
        void repaidLateIsFlaggedAndTheDaysAfterMaturityAreNotCounted() {
            DayCount dc = dayCount(l, 2025, drawn, repay("L7", "2025-08-20", "10000.00"));
            assertThat(dc.accumulation()).isEqualByComparingTo("1810000.00");
            assertThat(dc.days()).isEqualTo(181);
            assertThat(dc.overdue()).isTrue();
            assertThat(dc.yearEndBalance()).isEqualByComparingTo("0");
        }

        @Test
        void neverRepaidIsFlaggedAndKeepsItsYearEndBalance() {
            DayCount dc = dayCount(l, 2025, drawn);
            assertThat(dc.accumulation()).isEqualByComparingTo("1810000.00");
            assertThat(dc.overdue()).isTrue();
            assertThat(dc.yearEndBalance()).isEqualByComparingTo("10000.00");
        }

        @Test
        void repaidOnTheMaturityDateIsNotOverdue() {
            DayCount dc = dayCount(l, 2025, drawn, repay("L7", "2025-07-10", "10000.00"));
            assertThat(dc.accumulation()).isEqualByComparingTo("1810000.00");
            assertThat(dc.overdue()).isFalse();
        }

        @Test
        void overdueInAnEarlierYearButRepaidBeforeThisOneIsNotFlagged() {
            DayCount dc = dayCount(l, 2026, drawn, repay("L7", "2025-08-20", "10000.00"));
            assertThat(dc.accumulation()).isEqualByComparingTo("0");
            assertThat(dc.overdue()).isFalse();
        }

        @Test
        void stillOutstandingInALaterYearIsFlaggedWithNothingCounted() {
            DayCount dc = dayCount(l, 2026, drawn);
            assertThat(dc.accumulation()).isEqualByComparingTo("0");
            assertThat(dc.overdue()).isTrue();
        }
    }

    @Test
    void aLeapYearHas366Days() {
        // contract 2024-01-01, 10000 drawn, maturity 2026-01-01: 366 × 10000 = 3,660,000
        Loan l = loan("L8", ID_A, "2024-01-01", "2026-01-01", "10000.00");
        DayCount dc = dayCount(l, 2024, draw("L8", "2024-01-01", "10000.00"));
        assertThat(dc.accumulation()).isEqualByComparingTo("3660000.00");
        assertThat(dc.days()).isEqualTo(366);
    }

    @Test
    void february29IsCounted() {
        // 2024-02-01..2024-02-29 (maturity 03-01 not counted) = 29 days × 1000; the same in 2023 is 28 days
        DayCount leap = dayCount(loan("L9", ID_A, "2024-02-01", "2024-03-01", "1000.00"), 2024,
                draw("L9", "2024-02-01", "1000.00"), repay("L9", "2024-03-01", "1000.00"));
        assertThat(leap.accumulation()).isEqualByComparingTo("29000.00");
        DayCount common = dayCount(loan("L9", ID_A, "2023-02-01", "2023-03-01", "1000.00"), 2023,
                draw("L9", "2023-02-01", "1000.00"), repay("L9", "2023-03-01", "1000.00"));
        assertThat(common.accumulation()).isEqualByComparingTo("28000.00");
    }

    @Nested
    class LedgerInconsistent {
        @Test
        void aTransactionBeforeTheContractDate() {
            Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
            DayCount dc = dayCount(l, 2025, draw("L1", "2025-02-28", "100000.00"));
            assertThat(dc.ledgerProblems()).singleElement().asString()
                    .contains("dated 2025-02-28 before contract_date 2025-03-01");
        }

        @Test
        void cumulativeDrawdownsAbovePrincipal() {
            // 60000 + 50000 = 110000 > 100000, on 2025-04-01
            Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
            DayCount dc = dayCount(l, 2025, draw("L1", "2025-03-01", "60000.00"), draw("L1", "2025-04-01", "50000.00"));
            assertThat(dc.ledgerProblems()).singleElement().asString()
                    .isEqualTo("cumulative drawdowns 110000.00 on 2025-04-01 exceed principal 100000.00");
        }

        @Test
        void drawdownsUpToPrincipalAfterARepaymentAreConsistentOnlyWhileTheirSumStaysWithinPrincipal() {
            // drawn 100000, repaid 100000, drawn 1 more: cumulative drawdowns 100001 > 100000 (not a revolving line)
            Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
            assertThat(dayCount(l, 2025, draw("L1", "2025-03-01", "100000.00")).ledgerConsistent()).isTrue();
            DayCount dc = dayCount(l, 2025, draw("L1", "2025-03-01", "100000.00"),
                    repay("L1", "2025-04-01", "100000.00"), draw("L1", "2025-05-01", "1.00"));
            assertThat(dc.ledgerConsistent()).isFalse();
        }

        @Test
        void aNegativeEndOfDayBalance() {
            // 10000 drawn, 20000 repaid on 2025-06-01: end-of-day balance −10000
            Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100000.00");
            DayCount dc = dayCount(l, 2025, draw("L1", "2025-03-01", "10000.00"), repay("L1", "2025-06-01", "20000.00"));
            assertThat(dc.ledgerProblems()).singleElement().asString()
                    .isEqualTo("end-of-day balance -10000.00 on 2025-06-01 is negative");
        }

        @Test
        void aNegativeBalanceInAnEarlierYearCountsToo() {
            // 2024-11-01: 10000 − 15000 = −5000; back to 0 on 2024-11-02; settling 2025
            Loan l = loan("L1", ID_A, "2024-10-10", "2026-10-10", "20000.00");
            DayCount dc = dayCount(l, 2025, draw("L1", "2024-10-10", "10000.00"), repay("L1", "2024-11-01", "15000.00"),
                    draw("L1", "2024-11-02", "5000.00"));
            assertThat(dc.ledgerProblems()).singleElement().asString().contains("-5000.00 on 2024-11-01");
        }

        @Test
        void allThreeAreReported() {
            Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100.00");
            DayCount dc = dayCount(l, 2025, draw("L1", "2025-01-01", "150.00"), repay("L1", "2025-05-01", "200.00"));
            assertThat(dc.ledgerProblems()).hasSize(3);
        }
    }

    @Test
    void aTransactionOfAnotherLoanIsRefused() {
        Loan l = loan("L1", ID_A, "2025-03-01", "2026-02-28", "100.00");
        assertThatThrownBy(() -> new DayCountAccumulator(l, 2025).add(draw("L2", "2025-03-01", "1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTransactionsNoAccumulation() {
        DayCount dc = dayCount(loan("L1", ID_A, "2025-03-01", "2026-02-28", "100.00"), 2025);
        assertThat(dc.accumulation()).isEqualByComparingTo(bd("0"));
        assertThat(dc.ledgerConsistent()).isTrue();
    }
}
