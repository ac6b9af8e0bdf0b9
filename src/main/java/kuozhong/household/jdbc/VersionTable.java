package kuozhong.household.jdbc;

import java.util.Locale;

import org.jdbi.v3.core.Handle;

import kuozhong.db.SqlFiles;

/**
 * The tables of one list version (migration V10): its households, members, changes and profiles each in a table
 * of its own, named after the version ({@code kz_list_<version>_household}, …). A version is written once, in
 * bulk, into tables without a key or an index (an insert appends), read in full or for one household, and
 * discarded by dropping its tables: a rebuild of an as-of date no longer deletes the replaced version's hundreds
 * of thousands of rows one at a time, and no version's rows slow down another's.
 */
public enum VersionTable {
    /** every evaluated household: figures, decision, reasons, flags ({@code create-household.sql}) */
    HOUSEHOLD,
    /** the NORMAL members of each household ({@code create-member.sql}) */
    MEMBER,
    /** the changes against the version before the as-of date ({@code create-change.sql}) */
    CHANGE,
    /** what profile.md decided for each household ({@code create-profile.sql}) */
    PROFILE;

    private static final String SQL = "kuozhong/household/sql/";

    /** This table of a version, e.g. {@code kz_list_12_household}. */
    public String of(long versionId) {
        if (versionId <= 0) {
            throw new IllegalArgumentException("not a list version id: " + versionId);
        }
        return "kz_list_" + versionId + "_" + name().toLowerCase(Locale.ROOT);
    }

    /** A statement of {@code kuozhong/household/sql/} about this table of a version. */
    public String sql(String file, long versionId) {
        return SqlFiles.withTable(SQL + file, of(versionId));
    }

    /** The statement that creates this table of a version, empty ({@code create-<table>.sql}). */
    public String createSql(long versionId) {
        return sql("create-" + name().toLowerCase(Locale.ROOT) + ".sql", versionId);
    }

    /** Creates the four empty tables of a version. */
    public static void createAll(Handle h, long versionId) {
        for (VersionTable t : values()) {
            h.execute(t.createSql(versionId));
        }
    }

    /** Drops whichever of the four tables of a version exist. */
    public static void dropAll(Handle h, long versionId) {
        for (VersionTable t : values()) {
            h.execute("DROP TABLE IF EXISTS " + t.of(versionId));
        }
    }
}
