package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kuozhong.common.DisplayWidth;
import kuozhong.common.Language;
import kuozhong.common.Messages;

class StatusCommandTest {

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    /** The display column where each header starts (left-aligned) or ends (right-aligned) in a row of the table. */
    private static void assertLinesUpWithARow(String header, Language l) {
        // a row as StatusCommand.row formats it: "  %-5d %-14s %-19s %-19s %-9s %,12d %,12d %,10d  %s"
        String row = String.format(Locale.ROOT, "  %-5d %-14s %-19s %-19s %-9s %,12d %,12d %,10d  %s", 12, "listBuild",
                "2026-11-29 07:00:00", "2026-11-29 07:01:00", "COMPLETED", 1234, 1200, 34, "asOf=2026-11-29");
        Messages.use(l);
        int[] starts = {2, 8, 23, 43, 63}; // 2, +5+1, +14+1, +19+1, +19+1
        String[] left = {"status.col.run", "status.col.job", "status.col.start", "status.col.end", "status.col.outcome"};
        for (int i = 0; i < left.length; i++) {
            String text = Messages.get(left[i]);
            assertThat(DisplayWidth.of(header.substring(0, header.indexOf(text)))).as(l + " " + left[i]).isEqualTo(starts[i]);
            assertThat(row.charAt(starts[i])).isNotEqualTo(' ');
        }
        int[] ends = {85, 98, 109}; // 63+9+1+12, +1+12, +1+10
        String[] right = {"status.col.read", "status.col.stored", "status.col.rejected"};
        for (int i = 0; i < right.length; i++) {
            String text = Messages.get(right[i]);
            assertThat(DisplayWidth.of(header.substring(0, header.indexOf(text) + text.length())))
                    .as(l + " " + right[i]).isEqualTo(ends[i]);
            assertThat(row.charAt(ends[i] - 1)).isNotEqualTo(' ');
        }
        String params = Messages.get("status.col.parameters");
        assertThat(DisplayWidth.of(header.substring(0, header.indexOf(params)))).isEqualTo(row.indexOf("asOf="));
    }

    @Test
    void theChineseHeaderLinesUpWithTheRowsByDisplayWidth() {
        Messages.use(Language.ZH);
        assertLinesUpWithARow(StatusCommand.header(), Language.ZH);
    }

    @Test
    void theEnglishHeaderIsAsBefore() {
        Messages.use(Language.EN);
        String before = String.format(Locale.ROOT, "  %-5s %-14s %-19s %-19s %-9s %12s %12s %10s  %s",
                Messages.get("status.col.run"), Messages.get("status.col.job"), Messages.get("status.col.start"),
                Messages.get("status.col.end"), Messages.get("status.col.outcome"), Messages.get("status.col.read"),
                Messages.get("status.col.stored"), Messages.get("status.col.rejected"),
                Messages.get("status.col.parameters"));
        assertThat(StatusCommand.header()).isEqualTo(before);
        assertLinesUpWithARow(StatusCommand.header(), Language.EN);
    }
}
