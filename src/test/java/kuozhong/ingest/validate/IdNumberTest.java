package kuozhong.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The check character against numbers worked out by hand (the generator uses the same code, so these
 * figures are what keeps both honest).
 */
class IdNumberTest {

    @Test
    void theCheckCharacterOfPublishedExamples() {
        // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → X
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        // 4·7+4·9+0·10+5·5+2·8+4·4+1·2+8·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 195; 195 mod 11 = 8 → 4
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void problemsAreNamedWithoutRepeatingTheNumber() {
        assertThat(IdNumber.problem("11010519491231002X")).isNull();
        assertThat(IdNumber.problem("440524188001010014")).isNull();
        assertThat(IdNumber.problem("110105194912310021")).isEqualTo("the check character does not match (GB 11643)");
        assertThat(IdNumber.problem("11010519490231002X")).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem("11010519491231002")).isEqualTo("must have 18 characters, has 17");
        assertThat(IdNumber.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void birthDayIsTheEpochDayOfBirthDateForEveryDayOfFourCenturiesAndNoDateOtherwise() {
        // every day from 1800 to 2199 (1900 and 2100 not leap years, 2000 one), every month's day 0, 29, 30,
        // 31 and 32, and years 0000 and 9999: the same answer as LocalDate (via birthDate)
        for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() < 2200; d = d.plusDays(1)) {
            String id = "110105" + d.toString().replace("-", "") + "0021";
            assertThat(IdNumber.birthDay(id)).as(id).isEqualTo(d.toEpochDay());
        }
        for (int y : new int[] {0, 4, 100, 400, 1900, 1999, 2000, 2024, 2100, 9999}) {
            for (int m = 0; m <= 13; m++) {
                for (int d : new int[] {0, 1, 28, 29, 30, 31, 32}) {
                    String id = String.format("110105%04d%02d%02d0021", y, m, d);
                    LocalDate expected = IdNumber.birthDate(id);
                    assertThat(IdNumber.birthDay(id)).as(id)
                            .isEqualTo(expected == null ? IdNumber.NO_DATE : expected.toEpochDay());
                }
            }
        }
        assertThat(IdNumber.birthDay("1101051949123x002X")).isEqualTo(IdNumber.NO_DATE);
        assertThat(IdNumber.birthDay("110105-9491231002X")).isEqualTo(IdNumber.NO_DATE);
    }

    @Test
    void theCalendarDateCheckAtTheEdgesOfFebruaryAndOfEachMonth() {
        String id29 = withCheck("11010520000229002");
        assertThat(IdNumber.problem(id29)).isNull();
        assertThat(IdNumber.problem(withCheck("11010519000229002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519960229002"))).isNull();
        assertThat(IdNumber.problem(withCheck("11010519970229002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519970430002"))).isNull();
        assertThat(IdNumber.problem(withCheck("11010519970431002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519971231002"))).isNull();
        assertThat(IdNumber.problem(withCheck("11010519971232002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519971301002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519970001002"))).isEqualTo("digits 7-14 are not a calendar date");
        assertThat(IdNumber.problem(withCheck("11010519970100002"))).isEqualTo("digits 7-14 are not a calendar date");
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
