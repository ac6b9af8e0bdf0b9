package kuozhong.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes deliveries with correct manifests (or deliberately wrong ones) into a test home's inbox. */
public final class TestInbox {
    private final Path inbox;

    public TestInbox(Path home) {
        this.inbox = home.resolve("inbox");
    }

    public Delivery delivery(String name) {
        return new Delivery(inbox.resolve(name));
    }

    /** One delivery folder being written. */
    public static final class Delivery {
        private final Path dir;
        private final Map<String, String[]> manifest = new LinkedHashMap<>();

        Delivery(Path dir) {
            this.dir = dir;
        }

        /** A UTF-8 file of the given lines (header first); records = lines - 1 unless given. */
        public Delivery file(String name, List<String> lines) {
            return file(name, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, lines.size() - 1);
        }

        public Delivery file(String name, String content, Charset charset, long records) {
            return bytes(name, content.getBytes(charset), charset.name(), records);
        }

        public Delivery bytes(String name, byte[] bytes, String encoding, long records) {
            try {
                Files.createDirectories(dir);
                Files.write(dir.resolve(name), bytes);
                manifest.put(name, new String[] {name, Long.toString(records), sha256(bytes), encoding});
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Overrides what the manifest says of a file. */
        public Delivery manifestSays(String name, long records, String sha256) {
            String[] e = manifest.get(name);
            manifest.put(name, new String[] {name, Long.toString(records), sha256, e[3]});
            return this;
        }

        /** Writes MANIFEST.csv: the delivery is complete. */
        public Path complete() {
            List<String> lines = new ArrayList<>();
            lines.add("file,rows,sha256,encoding");
            for (String[] e : manifest.values()) {
                lines.add(String.join(",", e));
            }
            try {
                Files.write(dir.resolve("MANIFEST.csv"), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dir;
        }

        public Path dir() {
            return dir;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
