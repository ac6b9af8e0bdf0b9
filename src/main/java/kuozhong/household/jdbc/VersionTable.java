package kuozhong.household.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jdbi.v3.core.Handle;

import kuozhong.db.Batches;
import kuozhong.db.LazyResults;
import kuozhong.db.SqlFiles;

/**
 * The tables of one list version (migration V10): its households, members, changes and profiles each in a table
 * of its own, named after the version ({@code kz_list_<version>_household}, …). A version is written once, in
 * bulk, into tables without a key or an index (an insert appends), read in full or for one household, and
 * discarded by dropping its tables: a rebuild of an as-of date no longer deletes the replaced version's hundreds
 * of thousands of rows one at a time, and no version's rows slow down another's. Since V13 each table is packed
 * ({@link PackedRows}, {@code create-packed.sql}): its rows, in the columns of the table's row kind below, go
 * into a few hundred parts.
 */
public enum VersionTable {
    /**
     * every evaluated household: household_no, township_code, member_count (Integer), household_income,
     * per_capita_income (BigDecimal), included (Y/N), reasons, flags (codes joined with ;)
     */
    HOUSEHOLD,
    /** the NORMAL members of each household: household_no, id_no, name, relation, village, township_code, birth_date */
    MEMBER,
    /**
     * the changes against the version before the as-of date: household_no, township_code, change_type, reasons,
     * previous_as_of
     */
    CHANGE,
    /** what profile.md decided for each household ({@link ProfileRows}: household_no, evaluated, … member_flags) */
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

    /**
     * The statement that creates this table of a version, empty ({@code create-packed.sql}): on H2 its parts are
     * a BLOB, which H2 keeps apart from the row, so that the look-up of one household ({@link #forHousehold})
     * reads the parts' ranges, not every part (half a CPU second of a later {@code kz list explain} at county
     * size); elsewhere BYTEA.
     */
    public String createSql(long versionId, boolean h2) {
        return createSql(of(versionId), h2);
    }

    /** The statement that creates a table of the packed layout named {@code table} (also migration V13). */
    public static String createSql(String table, boolean h2) {
        return SqlFiles.withTable(SQL + "create-packed.sql", table).replace("<bytes>", h2 ? "BLOB" : "BYTEA");
    }

    /** Whether a connection is to H2 (its version tables keep their parts as BLOBs). */
    public static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    /**
     * Writes rows into this (empty) table of a version, packed into parts ({@link Batches#insert}: a commit
     * every {@link Batches#SIZE} parts); returns the number of rows.
     */
    public long insert(Handle h, long versionId, Iterator<Object[]> rows) {
        List<Object[]> parts = new ArrayList<>();
        PackedRows.Packer packer = new PackedRows.Packer(p -> parts.add(p.values()));
        long n = 0;
        while (rows.hasNext()) {
            packer.add(rows.next());
            n++;
        }
        packer.finish();
        Batches.insert(h, sql("insert-packed.sql", versionId), parts.iterator());
        return n;
    }

    /** Hands every row of this table of a version to {@code sink}, in the order written. */
    public void forEach(Handle h, long versionId, Consumer<Object[]> sink) {
        LazyResults.with(h, lh -> {
            lh.createQuery(sql("select-packed.sql", versionId)).setFetchSize(16)
                    .map((rs, ctx) -> rs.getBytes(1))
                    .forEach(b -> PackedRows.unpack(b, sink));
            return null;
        });
    }

    /** Hands the rows of one household in this table of a version to {@code sink}, in the order written. */
    public void forHousehold(Handle h, long versionId, String householdNo, Consumer<Object[]> sink) {
        h.createQuery(sql("select-packed-of-household.sql", versionId)).bind("household", householdNo)
                .map((rs, ctx) -> rs.getBytes(1))
                .forEach(b -> PackedRows.unpack(b, row -> {
                    if (householdNo.equals(row[0])) {
                        sink.accept(row);
                    }
                }));
    }

    /** Creates the four empty tables of a version. */
    public static void createAll(Handle h, long versionId) {
        boolean h2;
        try {
            h2 = isH2(h.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database of list version " + versionId, e);
        }
        for (VersionTable t : values()) {
            h.execute(t.createSql(versionId, h2));
        }
    }

    /** Drops whichever of the four tables of a version exist. */
    public static void dropAll(Handle h, long versionId) {
        for (VersionTable t : values()) {
            h.execute("DROP TABLE IF EXISTS " + t.of(versionId));
        }
    }
}
