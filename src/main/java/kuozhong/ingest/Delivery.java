package kuozhong.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A complete delivery folder under {@code inbox/}: a government extract date ({@code 20250131}) or a
 * bank ledger ({@code bank/2025}).
 *
 * @param name     the folder relative to the inbox, with forward slashes; also the name under out/ingest/
 * @param date     the extract date of a government delivery; null for a bank ledger
 * @param bankYear the settlement year of a bank ledger; 0 for a government delivery
 */
public record Delivery(String name, Path dir, LocalDate date, int bankYear, Manifest manifest) {

    public boolean isBank() {
        return bankYear != 0;
    }
}
