package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kuozhong.common.Townships;

/**
 * One subsidised loan: every column of {@code subsidy-detail.csv} (settlement.md, "Outputs"), plus
 * the list version that decided its eligibility. {@code borrowerIdNo} is the full identity number
 * (for the database); writers mask it.
 */
public record DetailRow(
        String loanNo,
        String householdNo,
        String townshipCode,
        String townshipName,
        String borrowerIdNo,
        LoanProduct product,
        LoanCategory category,
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
        List<String> flags,
        ListVersionRef listVersion) {

    /** The flag of a loan with principal outstanding on or after its maturity date in the year. */
    public static final String OVERDUE = "OVERDUE";

    public DetailRow {
        Objects.requireNonNull(loanNo, "loanNo");
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(townshipCode, "townshipCode");
        flags = List.copyOf(flags);
    }

    static DetailRow of(Loan loan, MemberOf member, ListVersionRef version, DayCount dc, SubsidyRates rates,
                        SubsidyAmounts amounts) {
        return new DetailRow(loan.loanNo(), member.householdNo(), member.townshipCode(),
                Townships.name(member.townshipCode()), loan.borrowerIdNo(), loan.product(), loan.category(),
                loan.contractDate(), loan.maturityDate(), loan.principal(), loan.contractRate(),
                loan.referenceRate(), rates.fiscalRate(), rates.bankRate(), dc.days(), dc.accumulation(),
                dc.yearEndBalance(), amounts.fiscalSubsidy(), amounts.provinceShare(), amounts.countyShare(),
                amounts.bankConcession(), amounts.householdSaving(),
                dc.overdue() ? List.of(OVERDUE) : List.of(), version);
    }
}
