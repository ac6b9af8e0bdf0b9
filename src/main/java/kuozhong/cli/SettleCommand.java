package kuozhong.cli;

import java.util.concurrent.Callable;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kz settle --year Y}. */
@Command(name = "settle", mixinStandardHelpOptions = true)
class SettleCommand implements Callable<Integer> {
    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", converter = Dates.Year.class)
    int year;

    @Override
    public Integer call() throws Exception {
        if (year < 2000 || year > 2100) {
            throw new KzCommand.UsageProblem(Messages.text("settle.badYear", year));
        }
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (Session session = Session.open(parent.global, console, "kz settle", true)) {
            return Jobs.settle(session, year, console);
        }
    }
}
