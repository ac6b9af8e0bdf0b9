package kuozhong.common;

import java.io.PrintWriter;

/**
 * What a job says to the person (or cron) that started it: the command's own writer. Never an identity
 * number or a name.
 */
public record Console(PrintWriter out, PrintWriter err) {

    public void say(String line) {
        out.println(line);
        out.flush();
    }

    public void warn(String line) {
        err.println(line);
        err.flush();
    }
}
