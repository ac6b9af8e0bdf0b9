package kuozhong.cli;

import kuozhong.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.TypeConversionException;

/**
 * Dates and years given on the command line: a value that is not one is refused in plain words, and an
 * {@code --as-of} after today is refused (spec/README.md: a list is built from what has been delivered).
 */
final class Dates {
    private Dates() {
    }

    /** picocli's converter of every {@code LocalDate} option. */
    static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(Messages.get("cli.notADate", value));
        }
    }

    /** picocli's converter of {@code --year}. */
    static final class Year implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.matches("[0-9]{4}")) {
                throw new TypeConversionException(Messages.get("cli.notAYear", value));
            }
            return Integer.parseInt(value);
        }
    }

    /** Refuses (exit 2) an {@code --as-of} after today; null (the option not given) passes. */
    static LocalDate notAfterToday(LocalDate asOf) {
        LocalDate today = LocalDate.now();
        if (asOf != null && asOf.isAfter(today)) {
            throw new KzCommand.UsageProblem(Messages.text("cli.asOfAfterToday", asOf, today));
        }
        return asOf;
    }
}
