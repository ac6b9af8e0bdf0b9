package kuozhong.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.jdbi.v3.core.Jdbi;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import kuozhong.household.ListVersion;
import kuozhong.household.ListVersionDao;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kz nightly}: what cron runs. Ingest, then a list build as of D when a source snapshot that
 * a build as of D would use differs from those of the version in force on D; otherwise nothing new.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true)
class NightlyCommand implements Callable<Integer> {
    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        LocalDate d = asOf == null ? LocalDate.now() : Dates.notAfterToday(asOf);
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        long started = System.nanoTime();
        try (Session session = Session.open(parent.global, console, "kz nightly", true)) {
            java.time.LocalDateTime start = java.time.LocalDateTime.now();
            int exit = ExitCode.DATA;
            try {
                exit = run(session, d, console, started);
                return exit;
            } finally {
                session.metrics().recordNightly(start, java.time.LocalDateTime.now(), exit);
                session.metrics().update(java.time.LocalDate.now());
            }
        }
    }

    private int run(Session session, LocalDate d, Console console, long started) throws Exception {
        {
            console.say(Messages.get("nightly.ingest", d));
            int ingest = Jobs.ingest(session, parent.global, console);
            if (ingest != ExitCode.OK) {
                console.warn(Messages.get("nightly.ingestFailed", d, ingest));
                return ingest;
            }
            Jdbi jdbi = session.bean("bulkJdbi", Jdbi.class);
            String why = reasonToBuild(jdbi, d);
            if (why == null) {
                console.say(Messages.get("nightly.nothingNew", d, (System.nanoTime() - started) / 1e9));
                return ExitCode.OK;
            }
            console.say(Messages.get("nightly.build", d, why));
            int build = Jobs.listBuild(session, d, false, console);
            console.say(build == ExitCode.OK ? Messages.get("nightly.done", d, (System.nanoTime() - started) / 1e9)
                    : Messages.get("nightly.failed", d, build, (System.nanoTime() - started) / 1e9));
            return build;
        }
    }

    /** Why a build as of D is needed, or null when the version in force uses the same snapshots. */
    static String reasonToBuild(Jdbi jdbi, LocalDate d) {
        List<FileLoad> latest = jdbi.onDemand(FileLoadDao.class).latestSnapshots(d);
        var inForce = jdbi.onDemand(ListVersionDao.class).inForce(d);
        if (inForce.isEmpty()) {
            return Messages.get("nightly.noVersion", d);
        }
        ListVersion v = inForce.get();
        var used = jdbi.onDemand(ListVersionDao.class).snapshotLoads(v.versionId());
        var now = latest.stream().map(FileLoad::loadId).collect(java.util.stream.Collectors.toSet());
        if (!used.equals(now)) {
            return Messages.get("nightly.snapshotsChanged", v.asOf());
        }
        return null;
    }
}
