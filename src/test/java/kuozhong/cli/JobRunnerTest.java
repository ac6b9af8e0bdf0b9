package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kuozhong.common.Language;
import kuozhong.common.Messages;

class JobRunnerTest {

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    @Test
    void theStoredEnglishExitDescriptionOfADeadRunIsShownInTheOperatorsLanguage() {
        String stored = "the process running it died (crash, kill or power cut); restarted by the next run";
        Messages.use(Language.EN);
        assertThat(JobRunner.localDescription(stored)).isEqualTo(stored);
        assertThat(JobRunner.localDescription("the process running it died")).isEqualTo("the process running it died");
        Messages.use(Language.ZH);
        assertThat(JobRunner.localDescription(stored)).isEqualTo("运行它的进程已中断（崩溃、被终止或断电）；下次运行时会重新开始");
        assertThat(JobRunner.localDescription("the process running it died")).isEqualTo("运行它的进程已中断");
        assertThat(JobRunner.localDescription("java.lang.IllegalStateException: x")).isEqualTo("java.lang.IllegalStateException: x");
        assertThat(JobRunner.localDescription(null)).isNull();
    }
}
