package kuozhong.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of what an operator reads (issue 11, item 1): Chinese under a Chinese locale, English otherwise.
 * Decided from the environment as POSIX orders it ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}:
 * the first one set and non-empty wins), never from the JVM's default locale, which reports en_US whenever the
 * glibc locale named by {@code LANG} is not installed.
 */
public enum Language {
    EN(Locale.ROOT), ZH(Locale.CHINESE);

    /** The variables POSIX consults for LC_MESSAGES, in order of precedence. */
    static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of the environment: {@code zh*} is Chinese; {@code C}, {@code POSIX}, anything else or nothing English. */
    public static Language fromEnvironment(Map<String, String> env) {
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return ofLocaleName(value);
            }
        }
        return EN;
    }

    /**
     * The character set of the terminal as the environment names it ({@code zh_CN.UTF-8}: UTF-8,
     * {@code zh_CN.GB18030}: GB18030), else {@code fallback}. The JVM cannot be asked: when the glibc locale is
     * not installed it falls back to ASCII and would print every Chinese character as "?".
     */
    public static java.nio.charset.Charset charset(Map<String, String> env, java.nio.charset.Charset fallback) {
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                int dot = value.indexOf('.');
                if (dot < 0) {
                    return fallback;
                }
                String codeset = value.substring(dot + 1);
                int at = codeset.indexOf('@');
                codeset = at < 0 ? codeset : codeset.substring(0, at);
                if (codeset.equalsIgnoreCase("utf8")) {
                    codeset = "UTF-8";
                }
                try {
                    return java.nio.charset.Charset.forName(codeset);
                } catch (IllegalArgumentException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    static Language ofLocaleName(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** The value of {@code --lang} ({@code zh} or {@code en}), or null when it is neither. */
    public static Language ofOption(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }
}
