package kuozhong.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import kuozhong.cli.KzCommand;

/** Runs kz commands in-process against one home and one database, as an operator would type them. */
public final class Kz {
    private final Path home;
    private final String db;

    public Kz(Path home, String db) {
        this.home = home;
        this.db = db;
    }

    /** H2 under the home, or the given PostgreSQL URL. */
    public static Kz at(Path home, TestDatabase database) {
        return new Kz(home, database.url(home));
    }

    public Path home() {
        return home;
    }

    public String db() {
        return db;
    }

    /** The result of one command. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    public Result run(String... args) {
        List<String> full = new ArrayList<>(List.of("--home", home.toString(), "--db", db));
        full.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KzCommand.execute(full.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    public Jdbi jdbi() {
        return Jdbi.create(db).installPlugin(new SqlObjectPlugin());
    }
}
