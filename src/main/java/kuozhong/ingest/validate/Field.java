package kuozhong.ingest.validate;

import java.util.Objects;
import java.util.Set;

/**
 * One column of an extract: its name, whether it is required, its type and its range.
 *
 * @param maxLength for {@link FieldType#TEXT}: the longest accepted text, in characters
 * @param codes     for {@link FieldType#CODE}: the accepted values
 */
public record Field(String name, boolean required, FieldType type, Range range, int maxLength, Set<String> codes) {

    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(range);
        codes = codes == null ? Set.of() : Set.copyOf(codes);
    }

    public static Field required(String name, FieldType type) {
        return new Field(name, true, type, Range.ANY, 0, null);
    }

    public static Field optional(String name, FieldType type) {
        return new Field(name, false, type, Range.ANY, 0, null);
    }

    public static Field text(String name, boolean required, int maxLength) {
        return new Field(name, required, FieldType.TEXT, Range.ANY, maxLength, null);
    }

    public static Field code(String name, String... codes) {
        return new Field(name, true, FieldType.CODE, Range.ANY, 0, Set.of(codes));
    }

    /** An optional column holding one of {@code codes}. */
    public static Field optionalCode(String name, String... codes) {
        return new Field(name, false, FieldType.CODE, Range.ANY, 0, Set.of(codes));
    }

    public Field range(Range r) {
        return new Field(name, required, type, r, maxLength, codes);
    }
}
