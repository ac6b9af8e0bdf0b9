package kuozhong.ingest;

import java.util.List;

/**
 * One data record of an extract file as read (extracts.md, "Validation and rejects").
 *
 * @param number the record number: data records counted from 1, blank lines not counted
 * @param line   the line of the file (from 1, the header is line 1) on which the record starts
 * @param fields the fields, untrimmed, quotes removed
 * @param raw    the record exactly as read: its decoded characters without the final line break
 */
public record RawRecord(long number, long line, List<String> fields, String raw) {
}
