package kuozhong.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The county's 19 townships (spec/reference/townships.csv), in code order. */
public final class Townships {
    private static final Map<String, String> NAMES = load();

    private Townships() {
    }

    public static boolean isKnown(String code) {
        return NAMES.containsKey(code);
    }

    /** The township's Chinese name, or an empty string for an unknown code. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, "");
    }

    /** Code → name, in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        try (Reader in = new InputStreamReader(
                Townships.class.getResourceAsStream("/reference/townships.csv"), StandardCharsets.UTF_8)) {
            Map<String, String> names = new LinkedHashMap<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                names.put(r.get("township_code").trim(), r.get("township_name").trim());
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
