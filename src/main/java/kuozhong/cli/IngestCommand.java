package kuozhong.cli;

import java.util.concurrent.Callable;

import kuozhong.common.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kz ingest}. */
@Command(name = "ingest", mixinStandardHelpOptions = true)
class IngestCommand implements Callable<Integer> {
    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (Session session = Session.open(parent.global, console, "kz ingest", true)) {
            return Jobs.ingest(session, parent.global, console);
        }
    }
}
