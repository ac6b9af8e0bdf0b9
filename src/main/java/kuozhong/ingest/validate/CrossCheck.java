package kuozhong.ingest.validate;

/** A check across the fields of one record; receives the typed values in the column order of the source. */
@FunctionalInterface
public interface CrossCheck {
    /** The reject, or {@code null} when the record passes. */
    Reject check(Object[] values);
}
