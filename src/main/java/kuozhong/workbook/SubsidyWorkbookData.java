package kuozhong.workbook;

import static kuozhong.workbook.ListSummaryData.copy;
import static kuozhong.workbook.ListSummaryData.ordered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the audit workbook {@code subsidy-<year>.xlsx} shows (settlement.md, "Outputs").
 * Identity numbers may be given in full or masked: the workbook masks them either way.
 *
 * @param year                the settled year
 * @param summary             subsidy-summary.csv without its TOTAL row: one row per township and category
 *                            that has loans (any order: shown in township code order, then BUSINESS,
 *                            EMPLOYMENT, FARMER, SAFETY_NET)
 * @param townshipHouseholds  township code → distinct households with a subsidised loan: the 户数 of the
 *                            township's 小计 (a household with loans of two categories counts once)
 * @param totalHouseholds     distinct households over all townships: the 户数 of the 合计
 * @param details             subsidy-detail.csv rows
 * @param exceptions          subsidy-exceptions.csv rows
 * @param targets             progress against the year's programme targets
 * @param checks              reconciliation checks, in the order to show them
 * @param parameters          policy parameter name → value as shown, in the order to show them
 * @param ledgerDelivery      the bank ledger delivery settled
 * @param runTime             when the settlement ran (county local time)
 */
public record SubsidyWorkbookData(
        int year,
        List<SummaryRow> summary,
        Map<String, Integer> townshipHouseholds,
        int totalHouseholds,
        List<DetailRow> details,
        List<ExceptionRow> exceptions,
        Targets targets,
        List<CheckRow> checks,
        Map<String, String> parameters,
        String ledgerDelivery,
        LocalDateTime runTime) {

    public SubsidyWorkbookData {
        summary = copy(summary);
        townshipHouseholds = ordered(townshipHouseholds);
        details = copy(details);
        exceptions = copy(exceptions);
        Objects.requireNonNull(targets, "targets");
        checks = copy(checks);
        parameters = ordered(parameters);
    }

    /** One row of subsidy-summary.csv: a township and a loan category. */
    public record SummaryRow(
            String townshipCode,
            String townshipName,
            String category,
            int households,
            int loans,
            BigDecimal principal,
            BigDecimal yearEndBalance,
            BigDecimal accumulation,
            BigDecimal fiscalSubsidy,
            BigDecimal provinceShare,
            BigDecimal countyShare,
            BigDecimal bankConcession,
            BigDecimal householdSaving) {
        public SummaryRow {
            Objects.requireNonNull(townshipCode, "townshipCode");
            Objects.requireNonNull(category, "category");
        }
    }

    /** One row of subsidy-detail.csv: a subsidised loan. Rates in percent ({@code 3.5} = 3.5 %). */
    public record DetailRow(
            String loanNo,
            String householdNo,
            String townshipCode,
            String townshipName,
            String borrowerId,
            String product,
            String category,
            LocalDate contractDate,
            LocalDate maturityDate,
            BigDecimal principal,
            BigDecimal contractRate,
            BigDecimal referenceRate,
            BigDecimal fiscalRate,
            BigDecimal bankRate,
            int days,
            BigDecimal accumulation,
            BigDecimal yearEndBalance,
            BigDecimal fiscalSubsidy,
            BigDecimal provinceShare,
            BigDecimal countyShare,
            BigDecimal bankConcession,
            BigDecimal householdSaving,
            List<String> flags) {
        public DetailRow {
            Objects.requireNonNull(loanNo, "loanNo");
            flags = copy(flags);
        }

        @Override
        public String toString() {
            return "DetailRow[loanNo=" + loanNo + "]";
        }
    }

    /** One row of subsidy-exceptions.csv: a refused loan with every reason code, in rule order. */
    public record ExceptionRow(
            String loanNo,
            String borrowerId,
            String product,
            String category,
            LocalDate contractDate,
            BigDecimal principal,
            List<String> reasons,
            List<String> reasonTexts) {
        public ExceptionRow {
            Objects.requireNonNull(loanNo, "loanNo");
            reasons = copy(reasons);
            reasonTexts = copy(reasonTexts);
            if (reasonTexts.size() != reasons.size()) {
                throw new IllegalArgumentException(loanNo + ": one Chinese text per reason");
            }
        }

        /** The reasons with the spec's Chinese texts (default policy values). */
        public ExceptionRow(String loanNo, String borrowerId, String product, String category, LocalDate contractDate,
                BigDecimal principal, List<String> reasons) {
            this(loanNo, borrowerId, product, category, contractDate, principal, reasons,
                    reasons.stream().map(kuozhong.common.ReasonText::of).toList());
        }

        @Override
        public String toString() {
            return "ExceptionRow[loanNo=" + loanNo + ", reasons=" + reasons + "]";
        }
    }

    /**
     * Progress against the year's targets (目标完成情况). A target is {@code null} when the policy sets
     * none for the year.
     *
     * @param newLoanBalance          Σ year_end_balance of this year's detail
     * @param newLoanBalanceTarget    target new loan balance at year end
     * @param interestReduction       Σ household_saving of this and every earlier settled year
     * @param interestReductionTarget target cumulative interest reduction
     * @param yearsCounted            the settled years summed into interestReduction, e.g. "2024–2025"
     */
    public record Targets(
            BigDecimal newLoanBalance,
            BigDecimal newLoanBalanceTarget,
            BigDecimal interestReduction,
            BigDecimal interestReductionTarget,
            String yearsCounted) {
        public Targets {
            Objects.requireNonNull(newLoanBalance, "newLoanBalance");
            Objects.requireNonNull(interestReduction, "interestReduction");
        }
    }

    /** A reconciliation check (数据校验): its name, whether it passed, what was compared. */
    public record CheckRow(String name, boolean pass, String detail) {
        public CheckRow {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Distinct households per township code among detail rows: a ready value for {@code townshipHouseholds}. */
    public static Map<String, Integer> distinctHouseholdsByTownship(List<DetailRow> details) {
        Map<String, Set<String>> sets = new HashMap<>();
        for (DetailRow d : details) {
            sets.computeIfAbsent(d.townshipCode(), k -> new HashSet<>()).add(d.householdNo());
        }
        Map<String, Integer> counts = new HashMap<>();
        sets.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /** Distinct households among detail rows: a ready value for {@code totalHouseholds}. */
    public static int distinctHouseholds(List<DetailRow> details) {
        return (int) details.stream().map(DetailRow::householdNo).distinct().count();
    }
}
