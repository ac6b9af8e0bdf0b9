package kuozhong.settlement;

import java.util.Objects;

/** The included household a borrower belongs to in one list version, with that version's township. */
public record MemberOf(String householdNo, String townshipCode) {
    public MemberOf {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(townshipCode, "townshipCode");
    }
}
