package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One principal transaction of the bank ledger (extracts.md, loan_transactions.csv). */
public record LoanTransaction(String txnId, String loanNo, LocalDate txnDate, Type type, BigDecimal amount) {

    /** 放款 / 归还本金. */
    public enum Type {
        DRAWDOWN,
        REPAYMENT
    }

    public LoanTransaction {
        Objects.requireNonNull(txnId, "txnId");
        Objects.requireNonNull(loanNo, "loanNo");
        Objects.requireNonNull(txnDate, "txnDate");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(txnId + ": amount must be > 0, was " + amount);
        }
    }

    /** The amount with its effect on the balance: + for a drawdown, − for a repayment. */
    public BigDecimal signedAmount() {
        return type == Type.DRAWDOWN ? amount : amount.negate();
    }
}
