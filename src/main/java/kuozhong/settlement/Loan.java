package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One loan of the bank ledger (extracts.md, loans.csv). Rates are in percent ({@code 3.45} = 3.45 %).
 * The ingest step has already validated the record; the checks here only guard against misuse.
 */
public record Loan(
        String loanNo,
        String borrowerIdNo,
        LoanProduct product,
        LoanCategory category,
        LocalDate contractDate,
        LocalDate maturityDate,
        BigDecimal principal,
        BigDecimal contractRate,
        BigDecimal referenceRate,
        boolean guaranteeSubsidized) {

    public Loan {
        Objects.requireNonNull(loanNo, "loanNo");
        Objects.requireNonNull(borrowerIdNo, "borrowerIdNo");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(contractDate, "contractDate");
        Objects.requireNonNull(maturityDate, "maturityDate");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(contractRate, "contractRate");
        Objects.requireNonNull(referenceRate, "referenceRate");
        if (!maturityDate.isAfter(contractDate)) {
            throw new IllegalArgumentException(loanNo + ": maturity_date " + maturityDate
                    + " is not after contract_date " + contractDate);
        }
        if (principal.signum() <= 0) {
            throw new IllegalArgumentException(loanNo + ": principal must be > 0, was " + principal);
        }
        if (contractRate.signum() < 0) {
            throw new IllegalArgumentException(loanNo + ": contract_rate must be >= 0, was " + contractRate);
        }
        if (referenceRate.compareTo(contractRate) < 0) {
            throw new IllegalArgumentException(loanNo + ": reference_rate " + referenceRate
                    + " is below contract_rate " + contractRate);
        }
    }
}
