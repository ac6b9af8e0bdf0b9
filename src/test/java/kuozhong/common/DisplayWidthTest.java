package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void aChineseCharacterTakesTwoColumnsALatinOne() {
        assertThat(DisplayWidth.of("run")).isEqualTo(3);
        assertThat(DisplayWidth.of("运行")).isEqualTo(4);
        assertThat(DisplayWidth.of("运行 7（失败）")).isEqualTo(2 + 2 + 1 + 1 + 2 + 2 + 2 + 2);
        assertThat(DisplayWidth.of(null)).isZero();
    }

    @Test
    void padsToTheDisplayWidthAndNeverCuts() {
        assertThat(DisplayWidth.left("作业", 6)).isEqualTo("作业  ");
        assertThat(DisplayWidth.right("读取", 6)).isEqualTo("  读取");
        assertThat(DisplayWidth.left("job", 6)).isEqualTo("job   ");
        assertThat(DisplayWidth.left("很长的作业名", 6)).isEqualTo("很长的作业名");
    }
}
