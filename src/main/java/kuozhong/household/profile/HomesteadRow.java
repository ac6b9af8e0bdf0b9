package kuozhong.household.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** One holder row of the homestead snapshot (profile.md, homestead.csv): a land right, never a home. */
public record HomesteadRow(String certNo, String ownerIdNo, String townshipCode, String village, BigDecimal areaM2,
        String status) {
    public HomesteadRow {
        Objects.requireNonNull(certNo, "certNo");
        Objects.requireNonNull(ownerIdNo, "ownerIdNo");
        Objects.requireNonNull(status, "status");
    }

    public boolean valid() {
        return "VALID".equals(status);
    }
}
