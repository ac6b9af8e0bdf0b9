package kuozhong.cli;

import java.time.LocalDate;
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
            // only reads: no Spring context (its start was a third of explain's CPU time at county size)
            try (Session session = Session.openToRead(list.parent.global, console, "kz list explain")) {
                Jdbi jdbi = session.bean("bulkJdbi", Jdbi.class);
                ListVersionDao dao = jdbi.onDemand(ListVersionDao.class);
                ListVersion v = (asOf == null
                        ? dao.current().stream().reduce((a, b) -> b)
                        : dao.inForce(asOf)).orElseThrow(() -> new DataException(asOf == null ? Messages.get("explain.noVersion")
                                : Messages.get("explain.noVersionOn", asOf)));
                Map<Source, String> tables = new ListVersionStore(jdbi).snapshotTables(v);
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
