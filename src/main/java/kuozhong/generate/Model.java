package kuozhong.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The generator's picture of the county: households, persons and what the sources know of them. */
final class Model {
    private Model() {
    }

    enum Status { NORMAL, DECEASED, MOVED_OUT, CANCELLED }

    enum Pension { NONE, RETIREE, RESIDENT }

    static final class Person {
        String id;
        String name;
        int gender;                 // 1 male, 2 female
        LocalDate birth;
        String relation;
        String village;
        String nation;
        Household home;             // null: lives outside the county, not in person.csv
        LocalDate registered;       // appears in person snapshots from this date on (null: always)
        LocalDate deceased;
        LocalDate movedOut;
        LocalDate cancelled;
        // income
        long wage;                  // monthly contribution base in fen (0: no wage)
        boolean si;
        boolean pf;
        int pfRate;                 // employee + employer deposit, percent of the base
        int workFrom = Integer.MIN_VALUE;
        int workTo = Integer.MAX_VALUE;
        String employer;
        Pension pension = Pension.NONE;
        long pensionAmount;         // fen per month

        boolean inSnapshot(LocalDate d) {
            return home != null && (registered == null || !registered.isAfter(d));
        }

        Status status(LocalDate d) {
            if (cancelled != null && !cancelled.isAfter(d)) {
                return Status.CANCELLED;
            }
            if (deceased != null && !deceased.isAfter(d)) {
                return Status.DECEASED;
            }
            if (movedOut != null && !movedOut.isAfter(d)) {
                return Status.MOVED_OUT;
            }
            return Status.NORMAL;
        }

        boolean normal(LocalDate d) {
            return inSnapshot(d) && status(d) == Status.NORMAL;
        }

        int age(LocalDate d) {
            int age = d.getYear() - birth.getYear();
            if (d.getMonthValue() < birth.getMonthValue()
                    || d.getMonthValue() == birth.getMonthValue() && d.getDayOfMonth() < birth.getDayOfMonth()) {
                age--;
            }
            return age;
        }

        private boolean alive(int month) {
            return deceased == null || month <= Months.of(deceased);
        }

        private boolean working(int month) {
            return wage > 0 && month >= workFrom && month <= workTo && alive(month);
        }

        /** Contribution base for a month: raised by 3 % each July, whole yuan. */
        long base(int month) {
            long b = wage;
            if (month >= Months.of(2024, 7)) {
                b = (b * 103 / 100) / 100 * 100;
            }
            return b;
        }

        long employeePension(int month) {
            return si && working(month) ? base(month) : 0;
        }

        long pfBase(int month) {
            return pf && working(month) ? base(month) : 0;
        }

        long pfDeposit(int month) {
            return pf && working(month) ? base(month) * pfRate / 100 : 0;
        }

        long retireePension(int month) {
            return pension == Pension.RETIREE && alive(month) ? pensionAmount : 0;
        }

        long residentPension(int month) {
            return pension == Pension.RESIDENT && alive(month) ? pensionAmount : 0;
        }
    }

    static final class Household {
        String no;
        String township;
        final List<Person> members = new ArrayList<>();
        final List<Assistance> assistance = new ArrayList<>();
        final List<Property> properties = new ArrayList<>();
        final List<Vehicle> vehicles = new ArrayList<>();
        final List<Marriage> marriages = new ArrayList<>();
        Household satellite;        // a second household registered apart (split couple)
    }

    /** An assistance episode of a family: every member NORMAL on the snapshot date is listed. */
    record Assistance(String type, LocalDate start, LocalDate end) {
    }

    record Owner(Person person, String share) {
    }

    record Property(String certNo, String type, long areaCents, String township, LocalDate registered,
                    String status, List<Owner> owners) {
    }

    record Vehicle(String plate, Person owner, String type, String use, long price, LocalDate registered,
                   String status) {
    }

    /** A registration event; {@code bothSides} lists it once from each side. */
    record Marriage(Person a, Person b, String event, LocalDate date, boolean bothSides) {
    }
}
