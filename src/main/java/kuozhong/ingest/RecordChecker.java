package kuozhong.ingest;

import kuozhong.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import kuozhong.ingest.validate.DuplicateKeys;
import kuozhong.ingest.validate.Field;
import kuozhong.ingest.validate.RecordValidator;
import kuozhong.ingest.validate.Reject;
import kuozhong.ingest.validate.RejectReason;

/**
 * The processor of a load: checks one record in the order extracts.md fixes (field count; each column;
 * the checks across fields; duplicate key; unknown loan) and turns it into a typed row or a reject. Keeps
 * the keys of the accepted records, so one checker serves one file, in record order, on one thread.
 */
final class RecordChecker implements ItemProcessor<RawRecord, CheckedRecord> {
    private final Source source;
    private final long loadId;
    private final int[] columnOf;
    private final int headerSize;
    private final RecordValidator validator;
    private final DuplicateKeys keys;
    private final int loanColumn;
    private final Set<String> knownLoans;

    /**
     * @param deliveryDate the delivery's date (visit dates and report years may not lie after it)
     * @param header     the file's header fields
     * @param knownLoans for loan_transactions.csv: the loan numbers of the same delivery's loans.csv
     * @throws FileFailure BAD_HEADER when a required column is missing
     */
    RecordChecker(Source source, java.time.LocalDate deliveryDate, List<String> header, long loadId,
            Set<String> knownLoans) {
        this.source = source;
        this.loadId = loadId;
        this.columnOf = columns(header, source.fields());
        this.headerSize = header.size();
        this.validator = new RecordValidator(source.fields(), source.crossCheck(), deliveryDate);
        this.keys = source.duplicateKeys();
        this.loanColumn = source == Source.LOAN_TRANSACTIONS ? source.indexOf("loan_no") : -1;
        this.knownLoans = knownLoans;
    }

    @Override
    public CheckedRecord process(RawRecord r) {
        List<String> fields = r.fields();
        if (fields.size() != headerSize) {
            return new CheckedRecord.Rejected(r, new Reject(RejectReason.WRONG_FIELD_COUNT,
                    "has " + fields.size() + " fields, the header has " + headerSize));
        }
        String[] raw = new String[columnOf.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = columnOf[i] < 0 ? null : fields.get(columnOf[i]);
        }
        Object[] row = new Object[columnOf.length + 2];
        Object[] typed = new Object[columnOf.length];
        Reject reject = validator.validate(raw, typed);
        if (reject == null && !keys.add(typed)) {
            reject = new Reject(RejectReason.DUPLICATE_KEY, "the key (" + String.join(", ", source.key())
                    + ") repeats an earlier record");
        }
        if (reject == null && loanColumn >= 0 && !knownLoans.contains((String) typed[loanColumn])) {
            reject = new Reject(RejectReason.UNKNOWN_LOAN, "loan_no is not in the loans.csv of this delivery");
        }
        if (reject != null) {
            return new CheckedRecord.Rejected(r, reject);
        }
        row[0] = loadId;
        row[1] = r.number();
        System.arraycopy(typed, 0, row, 2, typed.length);
        return new CheckedRecord.Accepted(row);
    }

    /** Where each column of the source stands in the file (-1: an optional column the file lacks). */
    private static int[] columns(List<String> header, List<Field> fields) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(RecordValidator.trim(header.get(i)).replace("\uFEFF", ""), i);
        }
        int[] columnOf = new int[fields.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Integer p = positions.get(fields.get(i).name());
            if (p == null && fields.get(i).required()) {
                missing.add(fields.get(i).name());
            }
            columnOf[i] = p == null ? -1 : p;
        }
        if (!missing.isEmpty()) {
            throw new FileFailure("BAD_HEADER", Messages.text("ingest.missingColumns", String.join(", ", missing)));
        }
        return columnOf;
    }
}
