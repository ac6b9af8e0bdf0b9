package kuozhong.cli;

import kuozhong.common.Messages;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run that failed because something could not be written, not because of its data: the disk is full, the
 * home is on a read-only file system, or kz may not write there. Told in one line naming the path and what to
 * do (exit 1); the stack trace goes to the log file only. Re-running once the cause is gone finishes the work
 * (spec/README.md: nothing is half-written on failure).
 *
 * @param path  what could not be written (a file or folder, or the database)
 * @param cause {@link #FULL}, {@link #READ_ONLY} or {@link #DENIED}
 */
record ResourceFault(String path, String cause) {
    static final String FULL = "fault.full";
    static final String READ_ONLY = "fault.readOnly";
    static final String DENIED = "fault.denied";

    private static final Pattern H2_FILE = Pattern.compile("\"([^\"]+\\.(?:mv|trace)\\.db)\"");

    /** The fault behind a failure, if it is one. */
    static Optional<ResourceFault> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException fs) {
                String cause = cause(fs.getReason() == null ? fs.getMessage() : fs.getReason());
                if (cause == null && fs instanceof java.nio.file.AccessDeniedException) {
                    cause = DENIED;
                }
                if (cause != null) {
                    return Optional.of(new ResourceFault(fs.getFile(), cause));
                }
            }
            if (t instanceof SQLException sql) {
                if ("53100".equals(sql.getSQLState())) { // PostgreSQL: disk_full
                    return Optional.of(new ResourceFault(Messages.get("fault.where.postgresql"), FULL));
                }
                String cause = sql.getErrorCode() == 90097 ? READ_ONLY : cause(sql.getMessage());
                if (cause != null) {
                    Matcher m = H2_FILE.matcher(String.valueOf(sql.getMessage()));
                    return Optional.of(new ResourceFault(m.find() ? m.group(1) : Messages.get("fault.where.database"), cause));
                }
            }
            String cause = t instanceof java.io.IOException || t.getClass().getName().startsWith("org.h2.")
                    ? cause(t.getMessage()) : null;
            if (cause != null) {
                Matcher m = H2_FILE.matcher(String.valueOf(t.getMessage()));
                return Optional.of(new ResourceFault(m.find() ? m.group(1) : Messages.get("fault.where.home"), cause));
            }
        }
        return Optional.empty();
    }

    private static String cause(String message) {
        String m = String.valueOf(message).toLowerCase(Locale.ROOT);
        if (m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("disk full")) {
            return FULL;
        }
        if (m.contains("read-only file system") || m.contains("database is read only")) {
            return READ_ONLY;
        }
        if (m.contains("permission denied") || m.contains("operation not permitted")) {
            return DENIED;
        }
        return null;
    }

    /** One line: what could not be written, why, and what to do. */
    String message() {
        return Messages.get("fault.message", path, Messages.get(cause), Messages.get(cause + ".todo"));
    }
}
