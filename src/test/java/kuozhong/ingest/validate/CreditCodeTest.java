package kuozhong.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /**
     * 91350100M000100Y4: values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4, weights 1 3 9 27 19 26 16 17 20 29 25
     * 13 8 24 10 30 28: 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + 21·20 + 1·8 + 30·30 + 4·28
     * = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 1640 − 52·31 = 1640 − 1612 = 28;
     * (31 − 28) mod 31 = 3: check character '3'.
     */
    @Test
    void checkCharacterOfACodeEndingInADigit() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCode.problem("91350100M000100Y44")).contains("check character");
    }

    /**
     * 91110000600037341: 9·1 + 1·3 + 1·9 + 1·27 + 6·20 + 3·8 + 7·24 + 3·10 + 4·30 + 1·28
     * = 9 + 3 + 9 + 27 + 120 + 24 + 168 + 30 + 120 + 28 = 538; 538 mod 31 = 538 − 17·31 = 538 − 527 = 11;
     * (31 − 11) mod 31 = 20, the 21st character of 0123456789ABCDEFGHJKLMNPQRTUWXY (A=10 … H=17, J=18, K=19,
     * L=20): 'L'.
     */
    @Test
    void checkCharacterOfACodeEndingInALetter() {
        assertThat(CreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
        assertThat(CreditCode.problem("91110000600037341L")).isNull();
    }

    /** All zeros: sum 0, 0 mod 31 = 0, (31 − 0) mod 31 = 0: check character '0' (not the 32nd character). */
    @Test
    void aSumDivisibleBy31HasCheckCharacterZero() {
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void lengthAndAlphabetAreChecked() {
        assertThat(CreditCode.problem("91350100M000100Y4")).contains("18 characters");
        // I, O, S, V, Z are not in the alphabet
        assertThat(CreditCode.problem("91350100I000100Y43")).contains("character 9");
    }
}
