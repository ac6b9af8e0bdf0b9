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
}
