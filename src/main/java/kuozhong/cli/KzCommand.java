package kuozhong.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import kuozhong.common.Language;
import kuozhong.common.Messages;
import kuozhong.generate.GenerateCommand;
import kuozhong.common.DataException;
import kuozhong.policy.PolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command; maps every failure to the exit codes of the spec in one place. */
@Command(name = "kz", mixinStandardHelpOptions = true, version = "kz 0.1.0",
        subcommands = {IngestCommand.class, ListCommand.class, SettleCommand.class, NightlyCommand.class, StatusCommand.class,
                InitCommand.class, GenerateCommand.class})
public class KzCommand implements java.util.concurrent.Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(KzCommand.class);

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code kz} without a command: the usage on stderr, exit 2 (wrong usage). */
    @Override
    public Integer call() {
        return missingCommand(spec);
    }

    static int missingCommand(CommandLine.Model.CommandSpec spec) {
        spec.commandLine().getErr().println(Messages.get("cli.whichCommand", spec.qualifiedName(),
                String.join(", ", spec.subcommands().keySet())));
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return ExitCode.USAGE;
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /**
     * Runs a command line in the language of {@code --lang}, else of the environment {@code env} (LC_ALL,
     * LC_MESSAGES, LANG: {@link Language#fromEnvironment}); help and messages come from the same bundle.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Messages.use(language(args, env));
        CommandLine cl = new CommandLine(new KzCommand());
        cl.setResourceBundle(Messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(java.time.LocalDate.class, Dates::parse);
        cl.setParameterExceptionHandler(KzCommand::wrongUsage);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            int code = exitCode(e);
            FileLog.toHome(((KzCommand) cl.getCommand()).global.home()); // the stack trace to the log file only
            if (code == ExitCode.DATA && ResourceFault.of(e).isPresent()) {
                LOG.error("kz failed: a file could not be written", e);
                w.println("kz: " + ResourceFault.of(e).get().message());
            } else if (code == ExitCode.LOCKED && !(e instanceof LockedException) && !(e instanceof kuozhong.db.RunLock.Locked)) {
                LOG.warn("the H2 database file is locked", e);
                w.println("kz: " + Messages.get("error.h2Locked"));
            } else if (code == ExitCode.DATA && !(e instanceof DataProblem) && !(e instanceof DataException)) {
                LOG.error("kz failed", e);
                w.println("kz: " + Messages.get("error.unexpected", rootMessage(e)));
            } else {
                w.println("kz: " + e.getLocalizedMessage());
            }
            w.flush();
            return code;
        });
        return cl.execute(args);
    }

    /**
     * The language asked for by {@code --lang zh|en} (before or after the command, {@code --lang=zh} too), else
     * that of the environment. A wrong value is left for picocli to refuse (exit 2).
     */
    static Language language(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            Language l = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                l = Language.ofOption(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                l = Language.ofOption(args[i].substring("--lang=".length()));
            }
            if (l != null) {
                return l;
            }
        }
        return Language.fromEnvironment(env);
    }

    /**
     * A command line picocli could not parse: one line in plain words (the converters of {@link Dates} say what
     * a date or year should look like) and where to read more, never a Java exception name or the whole usage.
     */
    private static int wrongUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter w = cl.getErr();
        String message = e.getMessage();
        if (e.getCause() instanceof CommandLine.TypeConversionException tce && e.getArgSpec() instanceof
                CommandLine.Model.OptionSpec option) {
            message = option.longestName() + " " + tce.getLocalizedMessage();
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            message = Messages.get("cli.missing", missing.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() + "=" + o.paramLabel()
                            : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = Messages.get("cli.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        w.println("kz: " + Messages.get("cli.seeHelp", message, cl.getCommandSpec().qualifiedName()));
        w.flush();
        return ExitCode.USAGE;
    }

    static int exitCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockedException || t instanceof kuozhong.db.RunLock.Locked || isH2FileLocked(t)) {
                return ExitCode.LOCKED;
            }
            if (t instanceof UsageProblem || t instanceof PolicyException) {
                return ExitCode.USAGE;
            }
        }
        return ExitCode.DATA;
    }

    /**
     * H2's "database may be already in use" (90020): another process, or one killed seconds ago; or its
     * "error opening database" (8000) when its lock-file protocol lost a race with another process opening the
     * same file at the same moment ("Lock file recently modified", "Another process was faster").
     */
    static boolean isH2FileLocked(Throwable t) {
        if (!(t instanceof java.sql.SQLException sql)) {
            return false;
        }
        String message = String.valueOf(sql.getMessage());
        return sql.getErrorCode() == 90020 || sql.getErrorCode() == 8000 && (message.contains("Lock file")
                || message.contains("Another process was faster") || message.contains("Locked by another process"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A failure on the data that the message explains (exit 1). */
    public static class DataProblem extends kuozhong.common.LocalizedException {
        public DataProblem(String message) {
            super(message);
        }

        public DataProblem(Messages.Text text) {
            super(text);
        }
    }

    /** Wrong usage found after parsing (exit 2). */
    public static class UsageProblem extends kuozhong.common.LocalizedException {
        public UsageProblem(String message) {
            super(message);
        }

        public UsageProblem(Messages.Text text) {
            super(text);
        }
    }
}
