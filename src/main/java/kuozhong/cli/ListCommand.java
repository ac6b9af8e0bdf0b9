package kuozhong.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jdbi.v3.core.Jdbi;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import kuozhong.common.DataException;
import kuozhong.common.KzSettings;
import kuozhong.household.HouseholdExplanation;
import kuozhong.household.ListBuilder;
import kuozhong.household.ListJobConfiguration;
import kuozhong.household.ListVersion;
import kuozhong.household.ListVersionDao;
import kuozhong.household.jdbc.DbListSources;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.household.jdbc.SnapshotIndexes;
import kuozhong.ingest.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kz list build}, {@code kz list withdraw}, {@code kz list explain} and {@code kz list simulate}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        subcommands = {ListCommand.Build.class, ListWithdrawCommand.class, ListCommand.Explain.class,
                ListCommand.Simulate.class})
class ListCommand implements Callable<Integer> {
    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return KzCommand.missingCommand(spec);
    }

    @Command(name = "build", mixinStandardHelpOptions = true)
    static class Build implements Callable<Integer> {
        @ParentCommand
        ListCommand list;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate asOf;

        @Option(names = "--allow-degenerate")
        boolean allowDegenerate;

        @Override
        public Integer call() throws Exception {
            Dates.notAfterToday(asOf);
            Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
            try (Session session = Session.open(list.parent.global, console, "kz list build", true)) {
                return Jobs.listBuild(session, asOf, allowDegenerate, console);
            }
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true)
    static class Explain implements Callable<Integer> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Explain.class);

        @ParentCommand
        ListCommand list;

        @Spec
        CommandSpec spec;

        @Option(names = "--household", required = true, paramLabel = "HNO")
        String household;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
        LocalDate asOf;

        @Override
        public Integer call() {
            Dates.notAfterToday(asOf);
            Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
            // H2's cache of small values hashes every text it reads: 15 % of a scan's time, for nothing here
            if (System.getProperty("h2.objectCache") == null) {
                System.setProperty("h2.objectCache", "false");
            }
            // only reads: no Spring context (its start was a third of explain's CPU time at county size); a home
            // with no database yet gets the full session, which creates it (scripts/kz records its class-data
            // archive with such a run, for the Spring start of the other commands)
            GlobalOptions global = list.parent.global;
            boolean noDatabase = global.db == null
                    && !java.nio.file.Files.isDirectory(Session.requireHome(global).resolve("data"));
            try (Session session = noDatabase ? Session.open(global, console, "kz list explain", false)
                    : Session.openToRead(global, console, "kz list explain")) {
                Jdbi jdbi = session.bean("bulkJdbi", Jdbi.class);
                ListVersionDao dao = jdbi.onDemand(ListVersionDao.class);
                ListVersion v = (asOf == null
                        ? dao.current().stream().reduce((a, b) -> b)
                        : dao.inForce(asOf)).orElseThrow(() -> new DataException(asOf == null ? Messages.get("explain.noVersion")
                                : Messages.get("explain.noVersionOn", asOf)));
                Map<Source, String> tables = new ListVersionStore(jdbi).snapshotTables(v);
                prepareLookUps(session, jdbi, tables, console);
                var policy = ListJobConfiguration.policyOf(session.bean(KzSettings.class), new ListVersionStore(jdbi), v);
                console.say(asOf == null ? Messages.get("explain.versionLatest", v.versionId(), v.asOf())
                        : Messages.get("explain.versionOn", v.versionId(), v.asOf(), asOf));
                HouseholdExplanation e = new ListBuilder().explain(
                        DbListSources.ofHousehold(jdbi, tables, household).withVisits(
                                jdbi.onDemand(kuozhong.ingest.FileLoadDao.class).loadedVisits(v.asOf()), v.asOf()),
                        policy, v.asOf(), household);
                console.say(e.render());
                // profile.md: what the version stored when it was built (the visits may have been re-delivered since)
                new ListVersionStore(jdbi).profile(v.versionId(), household).ifPresent(p -> {
                    var d = p.decision();
                    console.say(Messages.get("explain.body.asStored", String.valueOf(v.versionId()), String.valueOf(v.asOf()),
                            p.evaluated() ? (d.dataIncluded() ? "Y" : "N") : "-", String.valueOf(d.visitStatus()),
                            d.visit() == null ? "" : Messages.get("explain.body.asStoredVisit", String.valueOf(d.visit().visitDate()),
                                    String.valueOf(d.visit().verdict()), String.valueOf(d.visit().lastDayInForce())),
                            String.join(";", d.profile().categories()), String.valueOf(d.profile().primaryCategory()),
                            String.join(";", d.profile().labels()), String.join(";", d.profile().unknown())));
                    if (!p.outcomes().isEmpty()) {
                        console.say(p.outcomes().stripTrailing());
                    }
                });
                return e.evaluated() ? ExitCode.OK : ExitCode.DATA;
            }
        }

        /**
         * The indexes of the look-ups of one household on these snapshots (H2 only: {@link SnapshotIndexes}),
         * created by the first explanation that finds them missing and may write: not on a read-only home, and
         * not while a job holds the home (the job is not held up; this explanation then scans, as before). The
         * explanation is the same with them or without.
         */
        private void prepareLookUps(Session session, Jdbi jdbi, Map<Source, String> tables, Console console) {
            if (session.readOnly() || !SnapshotIndexes.applies(jdbi)) {
                return;
            }
            if (SnapshotIndexes.missing(jdbi, tables).isEmpty()) {
                return;
            }
            try (HomeLock lock = HomeLock.acquire(Session.requireHome(list.parent.global), "kz list explain")) {
                List<String> missing = SnapshotIndexes.missing(jdbi, tables); // another may have made some meanwhile
                if (!missing.isEmpty()) {
                    console.warn(Messages.get("explain.preparingLookUps", missing.size()));
                    SnapshotIndexes.create(jdbi, missing);
                }
            } catch (LockedException e) {
                LOG.info("explain: the home is held by a job; the snapshots are scanned");
            } catch (RuntimeException e) {
                LOG.warn("explain: the snapshot indexes could not be created; the snapshots are scanned", e);
            }
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true)
    static class Simulate implements Callable<Integer> {
        @ParentCommand
        ListCommand list;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate asOf;

        @Option(names = "--draft", required = true, paramLabel = "FILE")
        java.nio.file.Path draft;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
            java.time.LocalDateTime started = java.time.LocalDateTime.now();
            Dates.notAfterToday(asOf);
            String folder = name != null ? name
                    : started.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            if (!kuozhong.simulate.SimulationService.validName(folder)) {
                throw new KzCommand.UsageProblem(Messages.text("simulate.badName", folder));
            }
            java.nio.file.Path draftFile = draft.toAbsolutePath().normalize();
            // the draft is validated before the database is opened: exit 2 naming the file and line
            kuozhong.simulate.SimulationService.readDraft(draftFile, asOf);
            try (Session session = Session.open(list.parent.global, console, "kz list simulate", true)) {
                return Jobs.listSimulate(session, asOf, draftFile, folder, started, console);
            }
        }
    }
}
