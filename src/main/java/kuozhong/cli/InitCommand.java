package kuozhong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kz init --home DIR}: creates a home ({@code inbox/}, {@code data/}, {@code out/}, {@code logs/}) readable
 * by its owner only (spec/README.md). The one command whose {@code --home} need not exist. On an existing home
 * it creates what is missing and warns about folders that others may read; it never changes those.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
class InitCommand implements Callable<Integer> {
    static final List<String> LAYOUT = List.of("inbox", "data", "out", "logs");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        if (parent.global.home == null) {
            throw new KzCommand.UsageProblem(Messages.text("init.needsHome"));
        }
        Path home = parent.global.home();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new KzCommand.UsageProblem(Messages.text("init.homeIsAFile", home));
        }
        int created = 0;
        created += create(home, console);
        for (String dir : LAYOUT) {
            created += create(home.resolve(dir), console);
        }
        console.say(Messages.get(created == 0 ? "init.nothingToDo" : "init.ready", home));
        return ExitCode.OK;
    }

    private static int create(Path dir, Console console) throws IOException {
        boolean posix = Files.getFileStore(Files.exists(dir) ? dir : existingAncestor(dir))
                .supportsFileAttributeView(PosixFileAttributeView.class);
        if (Files.isDirectory(dir)) {
            if (posix && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)
                    && Files.getPosixFilePermissions(dir).stream().anyMatch(p -> p.name().startsWith("GROUP")
                            || p.name().startsWith("OTHERS"))) {
                console.warn(Messages.get("init.readableByOthers", dir,
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))));
            }
            return 0;
        }
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir);
        if (posix) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY); // not left to the umask
        }
        return 1;
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
