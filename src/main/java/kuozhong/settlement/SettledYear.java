package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The published settlement of one year (a row of {@code kz_settlement} in state CURRENT). */
public record SettledYear(long settlementId, int settlementYear, String ledgerDelivery, int ledgerLoans,
        int subsidisedLoans, int refusedLoans, BigDecimal fiscalSubsidy, BigDecimal householdSaving,
        String checksPassed, LocalDateTime settledAt) {
}
