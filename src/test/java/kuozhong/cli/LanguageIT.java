package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Language;
import kuozhong.common.Messages;

/** Messages and help in the operator's language: from --lang, else LC_ALL, LC_MESSAGES, LANG (issue 11, item 1). */
class LanguageIT {
    private static final Map<String, String> ZH_ENV = Map.of("LANG", "zh_CN.UTF-8");
    private static final Map<String, String> C_ENV = Map.of("LANG", "C");

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KzCommand.execute(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void langZhBeforeTheCommandGivesTheUsageErrorInChinese() {
        Result r = run(C_ENV, "--home", dir.toString(), "--lang", "zh", "list", "build", "--as-of", "2999-01-01");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).startsWith("kz: --as-of 2999-01-01 晚于今天（")
                .contains("名单只能依据已交付的数据生成").contains("未执行任何操作");
    }

    @Test
    void langAfterTheCommandAndInItsEqualsFormOverridesTheEnvironment() {
        Result en = run(ZH_ENV, "list", "build", "--as-of", "2999-01-01", "--lang=en", "--home", dir.toString());
        assertThat(en.code).isEqualTo(2);
        assertThat(en.err).startsWith("kz: --as-of 2999-01-01 lies after today (");
        Result zh = run(C_ENV, "list", "build", "--lang=zh");
        assertThat(zh.code).isEqualTo(2);
        assertThat(zh.err).isEqualTo("kz: 缺少必需的选项：--as-of=YYYY-MM-DD（参见 kz list build --help）"
                + System.lineSeparator());
    }

    @Test
    void aWrongLanguageIsWrongUsage() {
        Result r = run(C_ENV, "--lang", "fr", "status");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).isEqualTo("kz: --lang 'fr' is not a language (expected zh or en) (see kz --help)"
                + System.lineSeparator());
    }

    @Test
    void helpUnderAChineseLocaleIsChineseUnderCEnglish() {
        Result zh = run(ZH_ENV, "--help");
        assertThat(zh.code).isZero();
        assertThat(zh.out).startsWith("用法：kz").contains("目标家庭名单与贷款贴息结算").contains("命令：")
                .contains("退出码：").contains("3   另一个运行正持有锁").contains("显示本帮助信息并退出。")
                .doesNotContain("Usage:").doesNotContain("Show this help");
        Result c = run(C_ENV, "--help");
        assertThat(c.code).isZero();
        assertThat(c.out).startsWith("Usage: kz").contains("Target household list and interest-subsidy settlement")
                .contains("Exit codes:").contains("3   another run holds the lock")
                .doesNotContain("用法").doesNotContain("命令：");
        // LC_ALL wins over LANG; LC_MESSAGES over LANG
        assertThat(run(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), "--help").out).startsWith("Usage: kz");
        assertThat(run(Map.of("LC_MESSAGES", "zh_CN.UTF-8", "LANG", "C"), "--help").out).startsWith("用法：kz");
    }

    @Test
    void everySubcommandsHelpIsChineseUnderAChineseLocale() {
        for (String[] cmd : new String[][] {{"ingest"}, {"list"}, {"list", "build"}, {"list", "withdraw"},
                {"list", "explain"}, {"list", "simulate"}, {"settle"}, {"nightly"}, {"status"}, {"init"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            Result r = run(ZH_ENV, args);
            assertThat(r.code).as(String.join(" ", cmd)).isZero();
            assertThat(r.out).as(String.join(" ", cmd)).startsWith("用法：kz " + String.join(" ", cmd))
                    .contains("显示本帮助信息并退出。").contains("存放 inbox/").doesNotContain("Show this help");
        }
        assertThat(run(ZH_ENV, "settle", "--help").out).contains("要结算的年度。");
    }

    @Test
    void aMissingHomeInChineseNamesTheCommandToCreateOne() {
        Path typo = dir.resolve("srv/kuozhongg");
        Result r = run(ZH_ENV, "--home", typo.toString(), "ingest");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).isEqualTo("kz: --home " + typo + " 不存在；未执行任何操作。请检查路径，或用 kz init --home "
                + typo + " 创建工作目录" + System.lineSeparator());
    }

    @Test
    void aJobsNoticesAndClosingLineAreChineseUnderAChineseLocaleAndTheLogStaysEnglish() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        Result r = run(ZH_ENV, "--home", dir.toString(), "ingest");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("没有 inbox 文件夹 " + dir.resolve("inbox") + "：没有可导入的数据")
                .containsPattern("导入完成：读取记录 0，入库 0，拒收 0，用时 [0-9]+\\.[0-9] 秒");
        String log = java.nio.file.Files.readString(dir.resolve("logs/kz.log"));
        assertThat(log).contains("no inbox folder at " + dir.resolve("inbox") + ": nothing to ingest")
                .doesNotContain("没有 inbox 文件夹");
        Result status = run(ZH_ENV, "--home", dir.toString(), "status");
        assertThat(status.out).contains("最近的运行：").contains("各数据源的最新快照：").contains("尚未导入")
                .contains("现行名单版本：无");
        // the JSON keys stay English
        assertThat(run(ZH_ENV, "--home", dir.toString(), "status", "--json").out).contains("\"lastFileLoads\"");
    }

    @Test
    void listExplainPrintsItsBodyInChineseUnderLangZhAndInEnglishUnderC() throws Exception {
        kuozhong.testing.Trees.copy(Path.of("sample-data/inbox"), dir.resolve("inbox"));
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        assertThat(run(C_ENV, "--home", dir.toString(), "ingest").code).isZero();
        assertThat(run(C_ENV, "--home", dir.toString(), "list", "build", "--as-of", "2025-06-15").code).isZero();
        // 0010000010: included on the sample list of 2025-06-15, flag IMPUTED_INCOME, not visited
        Result zh = run(C_ENV, "--home", dir.toString(), "--lang", "zh", "list", "explain", "--household", "0010000010");
        assertThat(zh.code).as(zh.err).isZero();
        assertThat(zh.out).contains("名单版本 1，基准日 2025-06-15（现行，最新版本）")
                .contains("户编号 0010000010，基准日 2025-06-15（适用 ")
                .contains("判定：纳入 INCLUDED（未触发任何规则）")
                .contains("家庭收入 household_income：精确值 ").contains("人均 per_capita_income ")
                .containsPattern("INCOME_ABOVE_CEILING +未触发 +household_income=[0-9.]+, household_income_ceiling=")
                .containsPattern("IMPUTED_INCOME +已标记 +imputed_member_months=")
                .contains("入户走访：NOT_VISITED").contains("最终判定：纳入 INCLUDED")
                .contains("名单版本 1（基准日 2025-06-15）生成时保存的结果：data_included Y，visit_status NOT_VISITED")
                .doesNotContain("Decision").doesNotContain("Members:").doesNotContain("not fired")
                .doesNotContain("Income window").doesNotContain("As stored")
                .doesNotContainPattern("[0-9]{17}[0-9X]");
        Result en = run(C_ENV, "--home", dir.toString(), "list", "explain", "--household", "0010000010");
        assertThat(en.code).as(en.err).isZero();
        assertThat(en.out).contains("Decision: INCLUDED (no rule fired)").contains("household income: exact ")
                .contains("As stored with list version 1 as of 2025-06-15: data_included Y, visit_status NOT_VISITED")
                .doesNotContain("判定").doesNotContainPattern("[0-9]{17}[0-9X]");
    }
}
