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
    void answersAsASetOfTheKeyValuesWouldInAnyOrderAcrossGrowthAndFallBacks() {
        // persons with a few dozen months each, some records repeated, grouped by person and then shuffled;
        // months and codes at the edges of the packed range (1900-01, 2239-12) and outside it (1899, 2240, a
        // code the packed key has no bits for) fall back to exact keys in the same set
        java.util.Random random = new java.util.Random(12);
        String[] codes = {"EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION", "OTHER"};
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int p = 0; p < 3000; p++) {
            String id = Ids.of(java.time.LocalDate.of(1800, 1, 1).plusDays(random.nextInt(146_000)), p % 1000, p % 2 == 0);
            int months = 1 + random.nextInt(40);
            int start = new int[] {190001, 199912, 202406, 223912, 189912, 224001}[random.nextInt(6)];
            for (int m = 0; m < months; m++) {
                int ym = (start / 100 + (start % 100 - 1 + m) / 12) * 100 + (start % 100 - 1 + m) % 12 + 1;
                rows.add(row(id, ym, codes[random.nextInt(codes.length)]));
                if (random.nextInt(10) == 0) {
                    rows.add(rows.get(rows.size() - 1 - random.nextInt(Math.min(m + 1, 3))));
                }
            }
        }
        for (boolean shuffled : new boolean[] {false, true}) {
            if (shuffled) {
                java.util.Collections.shuffle(rows, random);
            }
            DuplicateKeys keys = new DuplicateKeys(new int[] {0, 1, 2}, true, TYPES);
            java.util.Set<java.util.List<Object>> seen = new java.util.HashSet<>();
            int repeats = 0;
            for (Object[] r : rows) {
                boolean isNew = seen.add(java.util.List.of(r[0], r[1], r[2]));
                repeats += isNew ? 0 : 1;
                assertThat(keys.add(r)).as("%s %s %s", r[0], r[1], r[2]).isEqualTo(isNew);
            }
            assertThat(repeats).isGreaterThan(100);
        }
    }

    @Test
    void aKeyOfOneTextColumnTellsValuesApartExactly() {
        DuplicateKeys keys = new DuplicateKeys(new int[] {1}, false, null);
        assertThat(keys.add(new Object[] {"x", "浙K12345"})).isTrue();
        assertThat(keys.add(new Object[] {"y", "浙K1234"})).isTrue();
        assertThat(keys.add(new Object[] {"z", "浙K12345"})).isFalse();
        assertThat(keys.add(new Object[] {"z", "浙K12345\u0001"})).isTrue();
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
