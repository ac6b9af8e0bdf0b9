package kuozhong.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import org.jdbi.v3.core.Jdbi;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import kuozhong.household.ListVersion;
import kuozhong.household.ListVersionDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kz list withdraw --as-of D --reason TEXT} (spec/README.md): the version of D, built by mistake, is kept
 * for audit, marked withdrawn with the reason and the time, and is no longer in force on any date: {@code kz list
 * explain}, the previous version of later builds ({@code changes.csv}) and settlement's list in force skip it.
 * Settlements already made are not changed. Its output folder {@code out/list/D/} is renamed
 * {@code out/list/D.withdrawn-v<id>/} with a {@code WITHDRAWN.txt} saying why, so that nobody takes its files for
 * the list in force. Rebuilding D later ({@code kz list build --as-of D}) publishes a new version, in force again.
 *
 * <p>A date without a version in force, or whose version is already withdrawn, is wrong usage (exit 2): nothing
 * is changed.
 */
@Command(name = "withdraw", mixinStandardHelpOptions = true)
class ListWithdrawCommand implements Callable<Integer> {
    static final int MAX_REASON = 400;

    @ParentCommand
    ListCommand list;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate asOf;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    public Integer call() throws IOException {
        String why = reason.strip();
        if (why.isEmpty() || why.codePointCount(0, why.length()) > MAX_REASON) {
            throw new KzCommand.UsageProblem(Messages.text("withdraw.reason", MAX_REASON));
        }
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (Session session = Session.open(list.parent.global, console, "kz list withdraw", true)) {
            Jdbi jdbi = session.bean("bulkJdbi", Jdbi.class);
            ListVersionDao dao = jdbi.onDemand(ListVersionDao.class);
            ListVersion v = dao.current().stream().filter(c -> c.asOf().equals(asOf)).findFirst().orElse(null);
            if (v == null) {
                List<ListVersionDao.Withdrawal> before = dao.withdrawn(asOf);
                throw new KzCommand.UsageProblem(before.isEmpty() ? Messages.get("withdraw.none", asOf)
                        : Messages.get("withdraw.already", asOf, before.get(0).versionId(),
                                before.get(0).withdrawnAt().truncatedTo(ChronoUnit.SECONDS),
                                before.get(0).withdrawnReason()));
            }
            LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            if (dao.withdraw(asOf, why, at) != 1) {
                throw new IllegalStateException("list version " + v.versionId() + " changed while being withdrawn");
            }
            console.say(Messages.get("withdraw.done", v.versionId(), asOf, at, why));
            console.say(Messages.get("withdraw.kept", dao.inForce(asOf)
                    .map(p -> Messages.get("withdraw.inForceAgain", asOf, p.asOf()))
                    .orElse(Messages.get("withdraw.noneInForce", asOf))));
            for (ListVersion later : dao.comparedWith(v.versionId())) {
                console.warn(Messages.get("withdraw.laterChanges", later.asOf()));
            }
            moveOutputs(session.bean(kuozhong.common.KzSettings.class).out().resolve("list"), v, why, at, console);
            console.say(Messages.get("withdraw.tellTheBank", asOf));
            return ExitCode.OK;
        }
    }

    private void moveOutputs(Path outList, ListVersion v, String why, LocalDateTime at, Console console)
            throws IOException {
        Path dir = outList.resolve(asOf.toString());
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path moved = outList.resolve(asOf + ".withdrawn-v" + v.versionId());
        Files.move(dir, moved);
        Files.writeString(moved.resolve("WITHDRAWN.txt"), "list version " + v.versionId() + " as of " + asOf
                + " was withdrawn at " + at + " and is not in force on any date.\nreason: " + why + "\n"
                + "名单版本 " + v.versionId() + "（" + asOf + "）已于 " + at + " 撤回，任何日期均不生效。\n原因：" + why + "\n",
                StandardCharsets.UTF_8);
        console.say(Messages.get("withdraw.moved", moved));
    }
}
