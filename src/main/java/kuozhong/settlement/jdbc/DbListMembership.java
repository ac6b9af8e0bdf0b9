package kuozhong.settlement.jdbc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kuozhong.household.ListVersion;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.settlement.ListMembership;
import kuozhong.settlement.ListVersionRef;
import kuozhong.settlement.MemberOf;

/**
 * Membership from the stored list versions: the versions are read once, and the included members of a
 * version are read once, the first time a loan needs that version (never a query per loan).
 */
public final class DbListMembership implements ListMembership {
    private final ListVersionStore store;
    private final List<ListVersion> versions;
    private final Map<Long, Map<String, String[]>> members = new HashMap<>();

    public DbListMembership(ListVersionStore store) {
        this.store = store;
        this.versions = store.dao().current();
    }

    @Override
    public Optional<ListVersionRef> versionInForce(LocalDate date) {
        ListVersion found = null;
        for (ListVersion v : versions) {
            if (!v.asOf().isAfter(date) && (found == null || v.asOf().isAfter(found.asOf()))) {
                found = v;
            }
        }
        return Optional.ofNullable(found).map(v -> new ListVersionRef(v.versionId(), v.asOf()));
    }

    @Override
    public Optional<MemberOf> includedMember(ListVersionRef version, String idNo) {
        String[] m = members.computeIfAbsent(version.versionId(), store::includedMembers).get(idNo);
        return m == null ? Optional.empty() : Optional.of(new MemberOf(m[0], m[1]));
    }
}
