package kuozhong.status;

import java.util.List;
import java.util.Map;

/**
 * The facts {@code kz status} shows, in the stable shape of {@code kz status --json} (README, "Status for
 * machines"). Times are local date-times {@code yyyy-MM-ddTHH:mm:ss}, dates {@code yyyy-MM-dd}; a value not
 * known is {@code null}, a list with nothing in it is empty. Fields are only ever added, never renamed.
 *
 * @param schema        always {@code "kz-status/1"}
 * @param generatedAt   when the facts were read
 * @param recentRuns    the latest job runs, newest first
 * @param failedRuns    failed runs not yet completed, and the command that restarts each
 * @param lastFileLoads the files loaded by the latest ingest or settlement run ({@code null} when there was none)
 * @param sources       the latest snapshot of each government source (in the spec's source order)
 * @param listInForce   the list version in force today ({@code null} when none is)
 * @param settlements   the settlement in force for each settled year, oldest year first
 */
public record StatusFacts(String schema, String generatedAt, List<Run> recentRuns, List<FailedRun> failedRuns,
        FileLoads lastFileLoads, List<SourceSnapshot> sources, ListInForce listInForce,
        List<Settlement> settlements) {

    public static final String SCHEMA = "kz-status/1";

    /**
     * One job run. {@code read/stored/rejected} are records for ingest, households evaluated/included/excluded
     * for a list build, loans/subsidised/refused for a settlement.
     *
     * @param job     {@code ingest}, {@code listBuild} or {@code settle}
     * @param outcome {@code COMPLETED}, {@code FAILED}, {@code STOPPED}, {@code RUNNING}, ...
     */
    public record Run(long run, String job, String start, String end, String outcome, Double seconds, long read,
            long stored, long rejected, Map<String, String> parameters) {
    }

    /** A failed run not yet completed: where it failed and what running again does. */
    public record FailedRun(long run, String job, String failedStep, String reason, String rerunCommand) {
    }

    /** The files one run loaded. */
    public record FileLoads(long run, List<FileLoaded> files) {
    }

    /** One file of a delivery and how its load ended. */
    public record FileLoaded(String state, String delivery, String file, long records, long loaded, long rejected,
            String rejectsByReason, Double seconds, String message) {
    }

    /** The latest loaded snapshot of one source; all but {@code source} null when none is loaded. */
    public record SourceSnapshot(String source, String snapshotDate, String delivery, Long ageDays, Long records) {
    }

    /** The list version in force today. */
    public record ListInForce(long versionId, String asOf, String builtAt, int householdsEvaluated,
            int householdsIncluded, int membersIncluded) {
    }

    /** The settlement in force for one year; money as plain decimal strings to the fen. */
    public record Settlement(int year, long settlementId, String settledAt, String ledgerDelivery, int ledgerLoans,
            int subsidisedLoans, int refusedLoans, String fiscalSubsidy, String householdSaving, boolean checksPassed) {
    }
}
