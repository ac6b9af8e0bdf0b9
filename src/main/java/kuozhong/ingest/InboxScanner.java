package kuozhong.ingest;

import kuozhong.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the complete deliveries under {@code inbox/} (extracts.md, "Delivery layout"): folders
 * {@code yyyyMMdd} and {@code bank/yyyy} holding a MANIFEST.csv. Folders without one are still being
 * written and are skipped with a notice; anything else is reported and ignored.
 */
public final class InboxScanner {
    /** The folder of field-visit deliveries under the inbox (profile.md). */
    public static final String VISITS = "visits";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private InboxScanner() {
    }

    /** Government deliveries in date order, then bank ledgers in year order, then visit deliveries in date order. */
    public static List<Delivery> scan(Path inbox, Consumer<Messages.Text> notices) {
        List<Delivery> result = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            notices.accept(Messages.text("ingest.noInbox", inbox));
            return result;
        }
        for (Path dir : sortedDirs(inbox)) {
            String name = dir.getFileName().toString();
            if (name.equals("bank") || name.equals(VISITS)) {
                continue;
            }
            LocalDate date = parseDay(name);
            if (date == null) {
                notices.accept(Messages.text("ingest.notADelivery", dir));
                continue;
            }
            delivery(dir, name, date, 0, notices, result);
        }
        Path bank = inbox.resolve("bank");
        if (Files.isDirectory(bank)) {
            for (Path dir : sortedDirs(bank)) {
                String year = dir.getFileName().toString();
                if (!year.matches("\\d{4}")) {
                    notices.accept(Messages.text("ingest.notALedger", dir));
                    continue;
                }
                delivery(dir, "bank/" + year, null, Integer.parseInt(year), notices, result);
            }
        }
        Path visits = inbox.resolve(VISITS);
        if (Files.isDirectory(visits)) {
            for (Path dir : sortedDirs(visits)) {
                String day = dir.getFileName().toString();
                LocalDate date = parseDay(day);
                if (date == null) {
                    notices.accept(Messages.text("ingest.notVisitsFolder", dir));
                    continue;
                }
                delivery(dir, VISITS + "/" + day, date, 0, notices, result);
            }
        }
        return result;
    }

    private static void delivery(Path dir, String name, LocalDate date, int year, Consumer<Messages.Text> notices,
            List<Delivery> result) {
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            notices.accept(Messages.text("ingest.noManifestYet", name, Manifest.FILE_NAME));
            return;
        }
        result.add(new Delivery(name, dir, date, year, Manifest.read(manifest)));
    }

    private static LocalDate parseDay(String name) {
        try {
            return name.length() == 8 ? LocalDate.parse(name, DAY) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Path> sortedDirs(Path parent) {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
