package kuozhong.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts an operator reads, in the operator's {@link Language}: one bundle per language
 * ({@code kuozhong/messages.properties} English, {@code kuozhong/messages_zh.properties} Chinese), shared with
 * picocli's help. Patterns are {@link MessageFormat} patterns (a single quote is written {@code ''}); a number
 * given for a plain {@code {n}} is printed as is (no grouping: years, run ids), for {@code {n,number,...}} as
 * the pattern says. Logs never go through here: they stay English.
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

    static String format(ResourceBundle bundle, String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), language.locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                plain[i] = String.valueOf(plain[i]);
            }
        }
        return format.format(plain);
    }
}
