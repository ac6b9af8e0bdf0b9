package kuozhong.household.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PackedRowsTest {

    private static List<PackedRows.Part> pack(List<Object[]> rows) {
        List<PackedRows.Part> parts = new ArrayList<>();
        PackedRows.Packer p = new PackedRows.Packer(parts::add);
        rows.forEach(p::add);
        p.finish();
        return parts;
    }

    private static List<Object[]> unpack(List<PackedRows.Part> parts) {
        List<Object[]> rows = new ArrayList<>();
        parts.forEach(p -> PackedRows.unpack(p.packed(), rows::add));
        return rows;
    }

    @Test
    void everyValueComesBackAsWritten() {
        String longText = "行".repeat(20_000);
        List<Object[]> rows = List.of(
                new Object[] {"H1", null, "", 0, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE},
                new Object[] {"H2", new BigDecimal("80000.50"), new BigDecimal("-0.01"), new BigDecimal("1E+3"),
                    new BigDecimal("123456789012345678901234567890.123456789"), BigDecimal.ZERO},
                new Object[] {"H3", LocalDate.of(1990, 1, 1), LocalDate.of(1900, 12, 31), LocalDate.of(2099, 6, 15)},
                // a character beyond the BMP, an unpaired surrogate of each kind, NUL, controls and 3-byte text
                new Object[] {"H4", "张𠀾", "a\uD800b", "\uDC00", "\u0000x\u0001\n\t", longText, "é"});

        List<Object[]> back = unpack(pack(rows));

        assertThat(back).hasSize(4);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.get(i)).containsExactly(rows.get(i));
        }
        // the decimals keep their scale: 80000.50 is not 80000.5, 1E+3 is not 1000
        assertThat(((BigDecimal) back.get(1)[1]).scale()).isEqualTo(2);
        assertThat(((BigDecimal) back.get(1)[3]).toString()).isEqualTo("1E+3");
        assertThat(back.get(1)[3]).isInstanceOf(BigDecimal.class);
        assertThat(back.get(0)[3]).isInstanceOf(Integer.class);
        assertThat(back.get(0)[6]).isInstanceOf(Long.class);
    }

    @Test
    void aPartHoldsAtMostMaxRowsAndNamesItsHouseholdRange() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PackedRows.MAX_ROWS * 2 + 1; i++) {
            // written out of order: the range is the smallest and the largest, not the first and the last
            rows.add(new Object[] {String.format("H%05d", (i * 7919) % 10_000), i});
        }

        List<PackedRows.Part> parts = pack(rows);

        assertThat(parts).extracting(PackedRows.Part::rows)
                .containsExactly(PackedRows.MAX_ROWS, PackedRows.MAX_ROWS, 1);
        assertThat(parts).extracting(PackedRows.Part::part).containsExactly(1, 2, 3);
        for (PackedRows.Part p : parts) {
            List<Object[]> in = new ArrayList<>();
            PackedRows.unpack(p.packed(), in::add);
            String min = in.stream().map(r -> (String) r[0]).min(String::compareTo).orElseThrow();
            String max = in.stream().map(r -> (String) r[0]).max(String::compareTo).orElseThrow();
            assertThat(p.firstHousehold()).isEqualTo(min);
            assertThat(p.lastHousehold()).isEqualTo(max);
        }
        assertThat(unpack(parts)).extracting(r -> r[1]).containsExactlyElementsOf(
                rows.stream().map(r -> r[1]).toList());
    }

    @Test
    void aPartIsClosedOnceItsBytesReachTheLimit() {
        String text = "x".repeat(100_000);
        List<Object[]> rows = List.of(new Object[] {"H1", text}, new Object[] {"H2", text}, new Object[] {"H3", text},
                new Object[] {"H4", text});

        List<PackedRows.Part> parts = pack(rows);

        // 100 kB a row: the third row takes a part past 256 kB, so it ends there
        assertThat(parts).extracting(PackedRows.Part::rows).containsExactly(3, 1);
        assertThat(unpack(parts)).hasSize(4);
    }

    @Test
    void nothingWrittenGivesNoPart() {
        assertThat(pack(List.of())).isEmpty();
    }

    @Test
    void aRowWithoutHouseholdOrOfAnUnknownTypeIsRefused() {
        PackedRows.Packer p = new PackedRows.Packer(part -> { });
        assertThatThrownBy(() -> p.add(new Object[] {null, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.add(new Object[] {"H1", 1.5d})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
    }

    @Test
    void aDamagedPartIsReportedNotMisread() {
        List<PackedRows.Part> parts = pack(List.<Object[]>of(new Object[] {"H1", "abc"}));
        byte[] cut = java.util.Arrays.copyOf(parts.get(0).packed(), parts.get(0).packed().length - 2);
        assertThatThrownBy(() -> PackedRows.unpack(cut, r -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
    }
}
