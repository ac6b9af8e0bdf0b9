package kuozhong.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import kuozhong.testing.Ids;

class DuplicateKeysTest {
    private static final String[] TYPES = {"EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION"};

    @Test
    void packedMonthlyKeysTellIdMonthAndTypeApart() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0, 1, 2}, true, TYPES);
        String a = Ids.of("1980-01-01", 1, true);
        String b = Ids.of("1980-01-01", 2, true);
        assertThat(keys.add(row(a, 202501, "EMPLOYEE_PENSION"))).isTrue();
        assertThat(keys.add(row(a, 202501, "RETIREE_PENSION"))).isTrue();
        assertThat(keys.add(row(a, 202502, "EMPLOYEE_PENSION"))).isTrue();
        assertThat(keys.add(row(b, 202501, "EMPLOYEE_PENSION"))).isTrue();
        assertThat(keys.add(row(a, 202501, "EMPLOYEE_PENSION"))).isFalse();
    }

    @Test
    void manyKeysGrowTheTableWithoutLosingAny() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0, 1}, true, null);
        for (int p = 0; p < 5000; p++) {
            String id = Ids.of(java.time.LocalDate.of(1950, 1, 1).plusDays(p), p, p % 2 == 0);
            for (int m = 1; m <= 12; m++) {
                assertThat(keys.add(new Object[] {id, 202400 + m})).isTrue();
            }
        }
        assertThat(keys.add(new Object[] {Ids.of(java.time.LocalDate.of(1950, 1, 1).plusDays(4321), 4321, false), 202407}))
                .isFalse();
    }

    @Test
    void birthYearsOutsideThePackedRangeFallBackToExactKeys() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {0, 1}, true, null);
        String old = Ids.of("1799-12-31", 5, true);
        assertThat(keys.add(new Object[] {old, 202501})).isTrue();
        assertThat(keys.add(new Object[] {old, 202501})).isFalse();
    }

    @Test
    void aKeyOfOneTextIsThatTextExactly() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {1}, false, null); // loan_transactions.csv: txn_id
        assertThat(keys.add(new Object[] {"L1", "T1", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L2", "T2", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L1", "t1", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L1", "T1 ", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L1", "T1\u0001", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L1", "𠀾", "2025-01-01"})).isTrue();
        assertThat(keys.add(new Object[] {"L9", "T1", "2025-02-02"})).isFalse();
        assertThat(keys.add(new Object[] {"L9", "𠀾", "2025-02-02"})).isFalse();
    }

    private static Object[] row(String id, int month, String type) {
        return new Object[] {id, month, type, BigDecimal.ONE};
    }
}
