package kuozhong.ingest;

/**
 * The tie order of the files of one visits delivery (profile.md, "Precise points"): {@code visits.csv}
 * before any {@code visits-<x>.csv}, those by x in code-point order.
 */
public final class VisitFiles {
    private VisitFiles() {
    }

    /**
     * A key that sorts in tie order with {@link String#compareTo} (which compares UTF-16 units; x holds only
     * ASCII letters and digits, where that is code-point order): "" for visits.csv, "-" + x otherwise.
     */
    public static String order(String fileName) {
        return fileName.equals("visits.csv") ? "" : "-" + fileName.substring("visits-".length(),
                fileName.length() - ".csv".length());
    }
}
