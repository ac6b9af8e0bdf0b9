package kuozhong.ingest;

import kuozhong.common.Messages;

/** A problem with the data delivered, explained for the operator (exit code 1). */
public class IngestException extends kuozhong.common.DataException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(Messages.Text text) {
        super(text);
    }
}
