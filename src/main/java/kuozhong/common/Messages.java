package kuozhong.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts an operator reads, in the operator's {@link Language}: one bundle per language
 * ({@code kuozhong/messages.properties} English, {@code kuozhong/messages_zh.properties} Chinese), shared with
 * picocli's help. Patterns are {@link MessageFormat} patterns (a single quote is written {@code ''}); a number
 * given for a plain {@code {n}} is printed as is (no grouping: years, run ids), for {@code {n,number,...}} as
 * the pattern says; a {@link Text} argument is rendered in the same language, a list of them one a line. Logs never go through here: they stay English.
 */
public final class Messages {
    /** The base name of the bundles. */
    public static final String BUNDLE = "kuozhong.messages";

    private static volatile Language language = Language.EN;

    private Messages() {
    }

    /** Sets the language of this process (done once per command by {@code KzCommand.execute}). */
    public static void use(Language l) {
        language = l;
    }

    public static Language language() {
        return language;
    }

    public static ResourceBundle bundle() {
        return bundle(language);
    }

    /** The bundle of a language; never falls back to the JVM's default locale. */
    public static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of a key in the current language, its {@code {n}} replaced by the arguments. */
    public static String get(String key, Object... args) {
        return format(bundle(), key, args);
    }

    /** The text of a key in English: for the log, which stays English whatever the operator reads. */
    public static String english(String key, Object... args) {
        return format(bundle(Language.EN), key, args);
    }

    /**
     * A text not yet rendered: an exception carrying one has its English text as {@link Throwable#getMessage()}
     * (what the log shows) and the operator's as {@link Throwable#getLocalizedMessage()} (what kz prints).
     */
    public static Text text(String key, Object... args) {
        return new Text(key, args);
    }

    /** A key with its arguments; see {@link #text}. */
    public record Text(String key, Object... args) {
        public String english() {
            return Messages.english(key, args);
        }

        /** In the operator's language. */
        public String local() {
            return Messages.get(key, args);
        }

        @Override
        public String toString() {
            return local();
        }
    }

    /** Something rendered differently in each language (e.g. a line built with several keys). */
    @FunctionalInterface
    public interface Rendered {
        String in(Language language);
    }

    private static String render(ResourceBundle bundle, Object o) {
        if (o instanceof Text t) {
            return format(bundle, t.key(), t.args());
        }
        if (o instanceof Rendered r) {
            return r.in(bundle.getLocale().getLanguage().equals("zh") ? Language.ZH : Language.EN);
        }
        return String.valueOf(o);
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Text || plain[i] instanceof Rendered) { // within a text, in the same language
                plain[i] = render(bundle, plain[i]);
            } else if (plain[i] instanceof java.util.List<?> list) { // texts (or strings), one a line
                plain[i] = String.join("\n", list.stream().map(o -> render(bundle, o)).toList());
            }
            if (plain[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                plain[i] = String.valueOf(plain[i]);
            }
        }
        return format.format(plain);
    }
}
