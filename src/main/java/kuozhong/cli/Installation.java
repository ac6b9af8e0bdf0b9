package kuozhong.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where kz is installed, so that its defaults ({@code jobs/policy.yml}) do not depend on the current folder:
 * {@code scripts/kz} names the project root ({@code -Dkz.install}); a jar started by hand
 * ({@code java -jar /opt/kuozhong/target/kz.jar}) is in {@code <root>/target/} or in {@code <root>/}; classes
 * run from a build folder (tests, an IDE) use the current folder.
 */
final class Installation {
    private Installation() {
    }

    /** {@code jobs/policy.yml} of the installation. */
    static Path defaultPolicy() {
        Path relative = Path.of("jobs", "policy.yml");
        String named = System.getProperty("kz.install");
        if (named != null && !named.isBlank()) {
            return Path.of(named).resolve(relative);
        }
        Path jar = jar();
        if (jar != null) {
            for (Path root = jar.getParent(); root != null; root = root.getParent()) {
                if (Files.isRegularFile(root.resolve(relative))) {
                    return root.resolve(relative);
                }
                if (root.equals(jar.getParent().getParent())) {
                    break; // the jar's folder and its parent only
                }
            }
        }
        return relative;
    }

    /** The jar kz runs from, or null when it runs from class folders. */
    private static Path jar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath().normalize();
        }
        try {
            var source = Installation.class.getProtectionDomain().getCodeSource();
            if (source != null && "file".equals(source.getLocation().getProtocol())
                    && source.getLocation().getPath().endsWith(".jar")) {
                return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            }
        } catch (URISyntaxException e) {
            // fall back to the current folder
        }
        return null;
    }
}
