package kuozhong.settlement;

import java.util.Objects;

/** A ledger file with the sha256 its manifest declares and the sha256 of the bytes that were loaded. */
public record LedgerFileDigest(String file, String manifestSha256, String loadedSha256) {
    public LedgerFileDigest {
        Objects.requireNonNull(file, "file");
    }

    public boolean matches() {
        return manifestSha256 != null && loadedSha256 != null && manifestSha256.equalsIgnoreCase(loadedSha256);
    }
}
