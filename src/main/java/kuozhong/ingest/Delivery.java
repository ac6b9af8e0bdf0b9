package kuozhong.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A complete delivery folder under {@code inbox/}: a government extract date ({@code 20250131}), a
 * bank ledger ({@code bank/2025}) or a field-visit delivery ({@code visits/20250310}, profile.md).
 *
 * @param name     the folder relative to the inbox, with forward slashes; also the name under out/ingest/
 * @param date     the extract date of a government delivery or the date of a visits delivery; null for a bank
 *                 ledger
 * @param bankYear the settlement year of a bank ledger; 0 for a government delivery
 */
public record Delivery(String name, Path dir, LocalDate date, int bankYear, Manifest manifest) {

    public boolean isBank() {
        return bankYear != 0;
    }

    /** A field-visit delivery under {@code inbox/visits/}. */
    public boolean isVisits() {
        return name.startsWith(InboxScanner.VISITS + "/");
    }
}
