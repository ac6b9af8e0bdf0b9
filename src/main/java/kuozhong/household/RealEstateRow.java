package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One owner row of the real-estate snapshot (extracts.md, real_estate.csv): a certificate has one
 * row per owner.
 *
 * @param share        ownership share, 0 < share ≤ 1
 * @param propertyType {@code RESIDENTIAL}, {@code HOMESTEAD}, {@code COMMERCIAL}, {@code OFFICE},
 *                     {@code INDUSTRIAL}, {@code PARKING} or {@code OTHER}
 * @param townshipCode may be null (property outside the county)
 * @param status       {@code VALID} or {@code CANCELLED}
 */
public record RealEstateRow(String certNo, String ownerIdNo, BigDecimal share, String propertyType,
        BigDecimal areaM2, String townshipCode, LocalDate registerDate, String status) {
    public RealEstateRow {
        Objects.requireNonNull(certNo, "certNo");
        Objects.requireNonNull(ownerIdNo, "ownerIdNo");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(propertyType, "propertyType");
        Objects.requireNonNull(areaM2, "areaM2");
        Objects.requireNonNull(registerDate, "registerDate");
        Objects.requireNonNull(status, "status");
    }
}
