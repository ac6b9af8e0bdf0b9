package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kuozhong.cli.KzCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The two bundles hold the same keys, every key the code asks for, and the help of every command and option. */
class MessagesTest {

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    private static Set<String> keys(Language l) {
        ResourceBundle b = Messages.bundle(l);
        // handleKeySet: the bundle's own keys, not its parent's (the Chinese bundle's parent is the English one)
        return new TreeSet<>(((java.util.PropertyResourceBundle) b).keySet().stream()
                .filter(k -> ((java.util.PropertyResourceBundle) b).handleGetObject(k) != null).toList());
    }

    @Test
    void bothBundlesHoldTheSameKeys() {
        Set<String> en = keys(Language.EN);
        Set<String> zh = keys(Language.ZH);
        assertThat(new TreeSet<>(zh)).as("keys missing in messages_zh.properties").containsAll(en);
        assertThat(new TreeSet<>(en)).as("keys missing in messages.properties").containsAll(zh);
    }

    @Test
    void everyKeyTheCodeAsksForIsInBothBundles() throws IOException {
        Pattern call = Pattern.compile("Messages\\.(?:get|text|english)\\(\\s*\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(keys(Language.EN)).containsAll(used);
        assertThat(keys(Language.ZH)).containsAll(used);
    }

    @Test
    void everyMessagePatternIsAValidMessageFormatAndChineseIsChinese() {
        for (Language l : Language.values()) {
            ResourceBundle b = Messages.bundle(l);
            for (String k : keys(l)) {
                if (!isHelpKey(k)) {
                    new MessageFormat(b.getString(k)); // throws on an unbalanced brace or quote
                }
            }
        }
        assertThat(Messages.bundle(Language.ZH).getString("job.ingest")).isEqualTo("导入");
        assertThat(Messages.bundle(Language.EN).getString("job.ingest")).isEqualTo("ingest");
    }

    /** The keys picocli reads (printf-like: %n, %%), not MessageFormat patterns. */
    private static boolean isHelpKey(String k) {
        return k.startsWith("kz.") || k.startsWith("usage.") || !k.contains(".");
    }

    @Test
    void everyCommandAndOptionHasItsHelpInBothLanguages() {
        for (Language l : Language.values()) {
            ResourceBundle b = Messages.bundle(l);
            CommandLine cl = new CommandLine(new KzCommand());
            cl.setResourceBundle(b);
            check(cl.getCommandSpec(), b);
        }
    }

    private static void check(CommandSpec spec, ResourceBundle b) {
        String prefix = spec.qualifiedName(".");
        assertThat(b.containsKey(prefix + ".usage.description")).as(prefix + ".usage.description").isTrue();
        for (OptionSpec o : spec.options()) {
            // picocli's own -h and -V: mixinStandardHelpOptions.help, else help
            String key = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "")
                    : o.descriptionKey().replaceFirst("^mixinStandardHelpOptions\\.", "");
            assertThat(b.containsKey(prefix + "." + key) || b.containsKey(key)).as(prefix + " " + o.longestName())
                    .isTrue();
            assertThat(o.description()).as(prefix + " " + o.longestName()).isNotEmpty();
        }
        for (CommandLine sub : spec.subcommands().values()) {
            check(sub.getCommandSpec(), b);
        }
    }

    @Test
    void aPlainNumberIsPrintedAsIsAFormattedOneAsItsPatternSays() {
        Messages.use(Language.EN);
        assertThat(Messages.get("job.settle", 2025)).isEqualTo("settlement 2025");
        assertThat(Messages.get("job.finished", "ingest", "", 1234567L, "records read", 12L, "stored", 0L,
                "rejected", 3.25)).isEqualTo("ingest finished: 1,234,567 records read, 12 stored, 0 rejected, 3.2 s");
        Messages.use(Language.ZH);
        assertThat(Messages.get("job.settle", 2025)).isEqualTo("2025 年度结算");
        assertThat(Messages.get("cli.asOfAfterToday", "2999-01-01", "2026-11-29"))
                .startsWith("--as-of 2999-01-01 晚于今天（2026-11-29）");
    }

    @Test
    void singleQuotesSurviveMessageFormat() {
        Messages.use(Language.EN);
        assertThat(Messages.get("cli.asOfAfterToday", "2999-01-01", "2026-11-29")).contains("Give today's date");
        assertThat(Messages.get("cli.lang", "fr")).isEqualTo("'fr' is not a language (expected zh or en)");
    }

    @Test
    void languageFromTheEnvironmentAsPosixOrdersIt() {
        assertThat(Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("LANG", "C"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LANG", "POSIX"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.EN);
        // LC_ALL first, then LC_MESSAGES, then LANG; an empty one does not count
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW.UTF-8", "LANG", "C")))
                .isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "zh_CN.GB18030")))
                .isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("LC_MESSAGES", "C", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.ofOption("zh")).isEqualTo(Language.ZH);
        assertThat(Language.ofOption("en")).isEqualTo(Language.EN);
        assertThat(Language.ofOption("fr")).isNull();
    }

    @Test
    void theTerminalsCharacterSetFromTheEnvironmentNotTheJvm() {
        var ascii = java.nio.charset.StandardCharsets.US_ASCII;
        assertThat(Language.charset(Map.of("LANG", "zh_CN.UTF-8"), ascii)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Language.charset(Map.of("LANG", "zh_CN.utf8"), ascii)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Language.charset(Map.of("LANG", "zh_CN.GB18030"), ascii).name()).isEqualTo("GB18030");
        assertThat(Language.charset(Map.of("LANG", "C"), ascii)).isEqualTo(ascii);
        assertThat(Language.charset(Map.of("LANG", "xx.NOPE"), ascii)).isEqualTo(ascii);
    }
}
