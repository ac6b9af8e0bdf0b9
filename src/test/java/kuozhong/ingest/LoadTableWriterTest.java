package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;

import kuozhong.db.SqlFiles;

/**
 * The load-table writer on H2 (batched inserts): one transaction for the whole file, so that the rows are
 * invisible to other connections until {@link LoadTableWriter#commit}, and gone if the writer is closed
 * without it (a failed load, whose empty table is then dropped).
 */
class LoadTableWriterTest {
    private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:ltw" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

    private static Chunk<Object[]> chunk(long from, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (long i = from; i < from + n; i++) {
            rows.add(new Object[] {7L, i, "110101199001011237", 202412, "EMPLOYEE_PENSION",
                    new BigDecimal("5000.00"), i % 2 == 0 ? null : "某公司"});
        }
        return new Chunk<>(rows);
    }

    private long count(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private String create(String table) {
        jdbi.useHandle(h -> h.execute(SqlFiles.withTable("kuozhong/ingest/sql/create-social_insurance.sql", table)));
        return table;
    }

    @Test
    void rowsAreCommittedOnceAfterTheLastChunk() throws Exception {
        String table = create("kz_social_insurance_7");
        try (LoadTableWriter w = LoadTableWriter.open(jdbi, Source.SOCIAL_INSURANCE, table)) {
            w.write(chunk(1, 3));
            w.write(chunk(4, 2));
            assertThat(count(table)).as("nothing visible before the commit").isZero();
            w.commit();
            assertThat(count(table)).isEqualTo(5);
        }
        assertThat(count(table)).isEqualTo(5);
        List<String> names = jdbi.withHandle(h -> h.createQuery("SELECT employer_name FROM " + table
                + " ORDER BY record_no").mapTo(String.class).list());
        assertThat(names).containsExactly("某公司", null, "某公司", null, "某公司");
    }

    @Test
    void closingWithoutTheCommitLeavesTheTableEmpty() throws Exception {
        String table = create("kz_social_insurance_8");
        try (LoadTableWriter w = LoadTableWriter.open(jdbi, Source.SOCIAL_INSURANCE, table)) {
            w.write(chunk(1, 4));
        }
        assertThat(count(table)).isZero();
    }
}
