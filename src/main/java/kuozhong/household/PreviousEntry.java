package kuozhong.household;

import java.util.Objects;

/** What the previous list version said about one household: included or not, and its township then. */
public record PreviousEntry(boolean included, String townshipCode) {
    public PreviousEntry {
        Objects.requireNonNull(townshipCode, "townshipCode");
    }
}
