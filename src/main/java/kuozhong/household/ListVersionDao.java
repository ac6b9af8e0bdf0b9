package kuozhong.household;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** List versions: which exist, which is in force on a date, publishing and discarding them. */
@RegisterConstructorMapper(ListVersion.class)
public interface ListVersionDao {

    @SqlUpdate("""
            INSERT INTO kz_list_version (as_of, state, policy_effective_from, previous_version_id, previous_as_of,
                                         households_evaluated, households_included, members_included, built_at,
                                         job_execution_id)
            VALUES (:asOf, 'BUILDING', :policyEffectiveFrom, :previousVersionId, :previousAsOf, :evaluated, :included,
                    :members, :builtAt, :jobExecutionId)
            """)
    @GetGeneratedKeys("version_id")
    long begin(@Bind("asOf") LocalDate asOf, @Bind("policyEffectiveFrom") LocalDate policyEffectiveFrom,
            @Bind("previousVersionId") Long previousVersionId, @Bind("previousAsOf") LocalDate previousAsOf,
            @Bind("evaluated") int evaluated, @Bind("included") int included, @Bind("members") int members,
            @Bind("builtAt") LocalDateTime builtAt, @Bind("jobExecutionId") Long jobExecutionId);

    /** The version in force on a date: the latest as-of on or before it. */
    @SqlQuery("""
            SELECT * FROM kz_list_version WHERE state = 'CURRENT' AND as_of <= :date
            ORDER BY as_of DESC FETCH FIRST 1 ROWS ONLY
            """)
    Optional<ListVersion> inForce(@Bind("date") LocalDate date);

    /** The version before an as-of date (the one changes are computed against). */
    @SqlQuery("""
            SELECT * FROM kz_list_version WHERE state = 'CURRENT' AND as_of < :asOf
            ORDER BY as_of DESC FETCH FIRST 1 ROWS ONLY
            """)
    Optional<ListVersion> before(@Bind("asOf") LocalDate asOf);

    @SqlQuery("SELECT * FROM kz_list_version WHERE version_id = :id")
    Optional<ListVersion> find(@Bind("id") long id);

    @SqlQuery("SELECT * FROM kz_list_version WHERE state = 'CURRENT' ORDER BY as_of")
    List<ListVersion> current();

    @SqlQuery("SELECT * FROM kz_list_version WHERE state IN ('BUILDING', 'REPLACED') ORDER BY version_id")
    List<ListVersion> discardable();

    @SqlQuery("SELECT load_id FROM kz_list_snapshot WHERE version_id = :id")
    java.util.Set<Long> snapshotLoads(@Bind("id") long id);

    /**
     * Withdraws the version of a date (built by mistake): kept for audit with the reason and the time, and no
     * longer in force on any date, since every query above reads CURRENT versions only.
     */
    @SqlUpdate("""
            UPDATE kz_list_version SET state = 'WITHDRAWN', withdrawn_reason = :reason, withdrawn_at = :at
            WHERE state = 'CURRENT' AND as_of = :asOf
            """)
    int withdraw(@Bind("asOf") LocalDate asOf, @Bind("reason") String reason, @Bind("at") LocalDateTime at);

    /** The withdrawn versions of a date, the latest withdrawal first. */
    @SqlQuery("""
            SELECT version_id, as_of, withdrawn_reason, withdrawn_at FROM kz_list_version
            WHERE state = 'WITHDRAWN' AND as_of = :asOf ORDER BY withdrawn_at DESC, version_id DESC
            """)
    @RegisterConstructorMapper(Withdrawal.class)
    List<Withdrawal> withdrawn(@Bind("asOf") LocalDate asOf);

    /** Current versions whose changes were computed against a version (its later neighbour). */
    @SqlQuery("SELECT * FROM kz_list_version WHERE state = 'CURRENT' AND previous_version_id = :id ORDER BY as_of")
    List<ListVersion> comparedWith(@Bind("id") long id);

    /** A withdrawn list version: which, when and why. */
    record Withdrawal(long versionId, LocalDate asOf, String withdrawnReason, LocalDateTime withdrawnAt) {
    }

    @SqlUpdate("UPDATE kz_list_version SET state = 'REPLACED' WHERE state = 'CURRENT' AND as_of = :asOf")
    int replaceCurrent(@Bind("asOf") LocalDate asOf);

    @SqlUpdate("UPDATE kz_list_version SET state = 'CURRENT' WHERE version_id = :id AND state = 'BUILDING'")
    int publish(@Bind("id") long id);

    @SqlUpdate("DELETE FROM kz_list_snapshot WHERE version_id = :id")
    void deleteSnapshots(@Bind("id") long id);

    @SqlUpdate("DELETE FROM kz_list_version WHERE version_id = :id")
    void deleteVersion(@Bind("id") long id);

    /** Households included in every version in force, oldest as-of first (the line of list-summary.xlsx). */
    @SqlQuery("SELECT as_of, households_included FROM kz_list_version WHERE state = 'CURRENT' ORDER BY as_of")
    @RegisterConstructorMapper(kuozhong.workbook.IncludedByVersion.class)
    List<kuozhong.workbook.IncludedByVersion> includedByVersion();

    @SqlUpdate("DELETE FROM kz_list_version_profile WHERE version_id = :id")
    void deleteVersionProfile(@Bind("id") long id);

    @SqlUpdate("INSERT INTO kz_list_version_profile (version_id, profile_policy, missing_optional) VALUES (:id, :policy, :missing)")
    void insertVersionProfile(@Bind("id") long id, @Bind("policy") String policy, @Bind("missing") String missing);

    /** The profile parameters (name=value;…) and missing optional sources (;-joined) a version used, if stored. */
    @SqlQuery("SELECT profile_policy || '|' || missing_optional FROM kz_list_version_profile WHERE version_id = :id")
    Optional<String> versionProfile(@Bind("id") long id);
}
