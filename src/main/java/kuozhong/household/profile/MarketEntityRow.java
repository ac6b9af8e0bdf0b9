package kuozhong.household.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of the market_entity snapshot (profile.md), as ingest accepted it.
 *
 * @param entityType     {@code INDIVIDUAL_BUSINESS}, {@code ENTERPRISE} or {@code FARMER_COOPERATIVE}
 * @param status         {@code ACTIVE}, {@code REVOKED} or {@code CANCELLED}
 * @param cancelledDate  may be null
 * @param reportYear     year of the latest annual report, or null
 * @param annualRevenue  operating revenue in that report, or null
 */
public record MarketEntityRow(String creditCode, String entityType, String operatorIdNo, String status,
        LocalDate establishedDate, LocalDate cancelledDate, Integer reportYear, BigDecimal annualRevenue) {
    public MarketEntityRow {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(operatorIdNo, "operatorIdNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(establishedDate, "establishedDate");
    }

    /** ACTIVE and established on or before D (profile.md, "Operates an entity"). */
    public boolean activeOn(LocalDate d) {
        return "ACTIVE".equals(status) && !establishedDate.isAfter(d);
    }
}
