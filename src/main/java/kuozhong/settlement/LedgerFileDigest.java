package kuozhong.settlement;

import java.util.Objects;

/**
 * A ledger file with the sha256 its manifest declares, the sha256 of its bytes on disk at settlement time,
 * and the sha256 of the bytes that were loaded (settlement.md, 数据校验 "the ledger files' sha256 equal the
 * manifest"; issue 8: the check compares the bytes on disk at settlement time, not a stored value).
 */
public record LedgerFileDigest(String file, String manifestSha256, String diskSha256, String loadedSha256) {
    public LedgerFileDigest {
        Objects.requireNonNull(file, "file");
    }

    /** A file whose bytes on disk are the bytes loaded. */
    public LedgerFileDigest(String file, String manifestSha256, String loadedSha256) {
        this(file, manifestSha256, loadedSha256, loadedSha256);
    }

    /** The manifest, the bytes on disk and the bytes loaded all have the same sha256. */
    public boolean matches() {
        return manifestSha256 != null && diskSha256 != null && loadedSha256 != null
                && manifestSha256.equalsIgnoreCase(diskSha256) && manifestSha256.equalsIgnoreCase(loadedSha256);
    }

    /** What differs, in words (for the check's detail and the MANIFEST_MISMATCH message). */
    public String describe() {
        if (matches()) {
            return file + " " + diskSha256;
        }
        return file + ": manifest " + manifestSha256 + ", on disk " + (diskSha256 == null ? "(missing)" : diskSha256)
                + ", loaded " + loadedSha256;
    }
}
