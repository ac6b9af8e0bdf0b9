package kuozhong.settlement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What settlement needs to know of the stored list versions. The database side implements it from
 * the list versions it keeps; tests implement it in memory. The settlement calls
 * {@link #versionInForce} once per loan (with its contract date) and {@link #includedMember} once
 * per loan that has a version in force, so an implementation over a database should cache versions
 * and look members up in bulk or by index.
 */
public interface ListMembership {

    /** The version with the latest as-of date on or before {@code date}; empty when there is none. */
    Optional<ListVersionRef> versionInForce(LocalDate date);

    /**
     * The household of {@code idNo} in version {@code v} if that household is <em>included</em> in it;
     * empty when the person is not a member of any household of the version, or the household is excluded.
     */
    Optional<MemberOf> includedMember(ListVersionRef v, String idNo);
}
