package kuozhong.cli;

import java.nio.file.Path;

import kuozhong.db.EmbeddedH2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes (spec/README.md, "Interface contract"). */
public class GlobalOptions {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Path home;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL")
    String db;

    @Option(names = "--policy", scope = ScopeType.INHERIT, paramLabel = "FILE")
    Path policy;

    /**
     * The language of messages and help; read before parsing by {@link KzCommand#language}, declared here so that
     * it is accepted before or after the command and shows in the help.
     */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", converter = LangConverter.class)
    kuozhong.common.Language lang;

    /** {@code zh} or {@code en}, anything else wrong usage. */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<kuozhong.common.Language> {
        @Override
        public kuozhong.common.Language convert(String value) {
            kuozhong.common.Language l = kuozhong.common.Language.ofOption(value);
            if (l == null) {
                throw new picocli.CommandLine.TypeConversionException(
                        kuozhong.common.Messages.get("cli.lang", value));
            }
            return l;
        }
    }

    Path home() {
        return (home == null ? Path.of(".") : home).toAbsolutePath().normalize();
    }

    Path policy() {
        return (policy == null ? Installation.defaultPolicy() : policy).toAbsolutePath().normalize();
    }

    String jdbcUrl() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        return EmbeddedH2.url(home());
    }
}
