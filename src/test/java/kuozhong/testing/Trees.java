package kuozhong.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of folders for tests: an inbox into a home, or a stopped home for a test to work in. */
public final class Trees {
    private Trees() {
    }

    /** Copies everything under {@code from} to {@code to}, except H2's lock file; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
