package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of the vehicle snapshot (extracts.md, vehicle.csv).
 *
 * @param vehicleType   {@code CAR}, {@code BUS}, {@code TRUCK}, {@code MOTORCYCLE} or {@code OTHER}
 * @param useNature     {@code NON_OPERATING} or {@code OPERATING}
 * @param purchasePrice yuan, null when unknown
 * @param status        {@code NORMAL}, {@code SCRAPPED} or {@code CANCELLED}
 */
public record VehicleRow(String plateNo, String ownerIdNo, String vehicleType, String useNature,
        BigDecimal purchasePrice, LocalDate registerDate, String status) {
    public VehicleRow {
        Objects.requireNonNull(plateNo, "plateNo");
        Objects.requireNonNull(ownerIdNo, "ownerIdNo");
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(useNature, "useNature");
        Objects.requireNonNull(registerDate, "registerDate");
        Objects.requireNonNull(status, "status");
    }

    /** A NORMAL, NON_OPERATING CAR registered on or before {@code d}: the cars the vehicle rules look at. */
    public boolean isPrivateCarOn(LocalDate d) {
        return "NORMAL".equals(status) && "CAR".equals(vehicleType) && "NON_OPERATING".equals(useNature)
                && !registerDate.isAfter(d);
    }
}
