package kuozhong.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import kuozhong.generate.Model.Household;
import kuozhong.generate.Model.Person;
import kuozhong.ingest.validate.CreditCode;
import kuozhong.ingest.validate.RejectReason;

/**
 * The optional extracts and field visits of profile.md for a generated inbox: {@code market_entity.csv} and
 * {@code medical_self_pay.csv} in both deliveries, {@code homestead.csv} in the first, and two visit deliveries
 * ({@code visits/20250105/visits.csv}; {@code visits/20250610/visits.csv} and {@code visits-b.csv}). Uses its own
 * random stream per household, so the files of extracts.md keep their bytes.
 *
 * <p>Rates: about 12 % of the households run a market entity (most individual businesses; some revoked or
 * cancelled); homesteads are held by about three quarters of the households of the 乡镇 and a few of the 街道;
 * a fifth of the persons have medical self-pay in some months (a few households above 20000.00); about one
 * household in eight is visited (CONFIRM most, EXCLUDE on included households, INCLUDE on excluded ones,
 * assisted ones among them), some visits expire before the second delivery, and a few name unknown households.
 */
final class ProfileExtracts {
    static final String[] MARKET_ENTITY = {"credit_code", "entity_type", "operator_id_no", "status", "established_date",
        "cancelled_date", "township_code", "report_year", "annual_revenue"};
    static final String[] HOMESTEAD = {"cert_no", "owner_id_no", "township_code", "village", "area_m2", "status"};
    static final String[] MEDICAL_SELF_PAY = {"id_no", "year_month", "self_pay_amount"};
    static final String[] VISITS = {"household_no", "visit_date", "unit", "visitor_code", "verdict", "reason_code",
        "industry", "financing_need", "note", "valid_until"};
    static final LocalDate VISITS_1 = LocalDate.of(2025, 1, 5);
    static final LocalDate VISITS_2 = LocalDate.of(2025, 6, 10);
    private static final CsvFile.BadMaker NONE = (code, f, r) -> f;
    private static final RejectReason[] NO_CODES = {};

    private final long seed;
    final CsvFile entity1;
    final CsvFile entity2;
    final CsvFile homestead1;
    final CsvFile selfPay1;
    final CsvFile selfPay2;
    final CsvFile visits1;
    final CsvFile visits2;
    final CsvFile visits2b;
    private int entitySeq;
    private int unknownSeq;

    ProfileExtracts(long seed, Path d1, Path d2, Path v1, Path v2) {
        this.seed = seed;
        entity1 = file(d1, "market_entity.csv", MARKET_ENTITY);
        homestead1 = file(d1, "homestead.csv", HOMESTEAD);
        selfPay1 = file(d1, "medical_self_pay.csv", MEDICAL_SELF_PAY);
        entity2 = file(d2, "market_entity.csv", MARKET_ENTITY);
        selfPay2 = file(d2, "medical_self_pay.csv", MEDICAL_SELF_PAY);
        visits1 = file(v1, "visits.csv", VISITS);
        visits2 = file(v2, "visits.csv", VISITS);
        visits2b = file(v2, "visits-b.csv", VISITS);
    }

    private CsvFile file(Path dir, String name, String[] columns) {
        return new CsvFile(dir, CsvFile.Layout.plain(name, java.nio.charset.StandardCharsets.UTF_8, columns), NO_CODES,
                NONE, 0, seed);
    }

    List<CsvFile> first() {
        return List.of(entity1, homestead1, selfPay1);
    }

    List<CsvFile> second() {
        return List.of(entity2, selfPay2);
    }

    /**
     * Writes one household's rows.
     *
     * @param included1 whether the list as of the first delivery should include it (what a visitor would check)
     */
    void write(Household h, int index, boolean included1, boolean included2) {
        SplittableRandom r = new SplittableRandom(Population.mix(seed ^ 0x0F11E5L, index));
        Person head = h.members.get(0);
        boolean rural = h.township.charAt(6) != '0';
        if (r.nextInt(100) < 12) {
            entity(h, head, r);
        }
        if (r.nextInt(100) < (rural ? 75 : 3) && head.inSnapshot(InboxGenerator.FIRST_DELIVERY)) {
            String cert = "ZJD" + h.township.substring(6) + String.format("%07d", index);
            homestead1.write(cert, head.id, h.township, head.village == null ? "" : head.village,
                    Amounts.yuan(8000 + r.nextInt(20000)), r.nextInt(40) == 0 ? "CANCELLED" : "VALID");
        }
        boolean large = r.nextInt(60) == 0;
        for (Person p : h.members) {
            if (!p.inSnapshot(InboxGenerator.FIRST_DELIVERY) || r.nextInt(5) != 0 && !large) {
                continue;
            }
            int months = 1 + r.nextInt(large ? 6 : 3);
            int start = r.nextInt(12);
            for (int k = 0; k < months; k++) {
                // distinct months of each window (the key is id_no, year_month)
                long amount = large ? 300000 + r.nextLong(900000) : 2000 + r.nextLong(600000);
                int back = 1 + (start + k) % 12;
                selfPay1.write(p.id, Months.text(Months.of(InboxGenerator.FIRST_DELIVERY) - back), Amounts.yuan(amount));
                selfPay2.write(p.id, Months.text(Months.of(InboxGenerator.SECOND_DELIVERY) - back), Amounts.yuan(amount));
            }
        }
        if (r.nextInt(8) == 0) {
            visit(h, r, included1, included2, !h.assistance.isEmpty());
        }
        if (r.nextInt(400) == 0) {
            // a household number that no person holds
            String no = "99" + String.format("%08d", ++unknownSeq);
            visits2.write(no, VISITS_2.minusDays(3).toString(), r.nextBoolean() ? "BANK" : h.township, "V009",
                    "CONFIRM", "", "", "", "", "");
        }
    }

    private void entity(Household h, Person operator, SplittableRandom r) {
        int t = r.nextInt(100);
        String type = t < 70 ? "INDIVIDUAL_BUSINESS" : t < 85 ? "ENTERPRISE" : "FARMER_COOPERATIVE";
        String first17 = (type.equals("FARMER_COOPERATIVE") ? "93" : type.equals("ENTERPRISE") ? "91" : "92")
                + "331126" + "MA" + String.format("%07d", ++entitySeq);
        String code = first17 + CreditCode.checkCharacter(first17);
        LocalDate established = LocalDate.of(2008 + r.nextInt(16), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int s = r.nextInt(100);
        String status = s < 85 ? "ACTIVE" : s < 92 ? "REVOKED" : "CANCELLED";
        String cancelled = status.equals("CANCELLED") ? established.plusYears(1 + r.nextInt(3)).toString() : "";
        boolean report = r.nextInt(10) < 6;
        String revenue = report ? Amounts.yuan(r.nextLong(type.equals("ENTERPRISE") ? 500_000_000L : 50_000_000L)) : "";
        String[] row = {code, type, operator.id, status, established.toString(), cancelled,
            r.nextInt(10) == 0 ? "331102001" : h.township, report ? "2024" : "", revenue};
        entity1.write(row);
        entity2.write(row);
    }

    private void visit(Household h, SplittableRandom r, boolean included1, boolean included2, boolean assisted) {
        String unit = r.nextInt(5) == 0 ? "BANK" : h.township;
        String visitor = (unit.equals("BANK") ? "B" : "V") + String.format("%03d", r.nextInt(40));
        String[] industry = {"A", "C", "E", "F", "G", "H", "O"};
        String[] need = {"NONE", "JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE", "OTHER"};
        int kind = r.nextInt(100);
        if (kind < 35) {
            // an old visit of the first delivery, valid twelve months: in force for the first list, expired later
            LocalDate date = LocalDate.of(2024, 1 + r.nextInt(5), 1 + r.nextInt(28));
            visits1.write(h.no, date.toString(), unit, visitor, "CONFIRM", "", industry[r.nextInt(industry.length)],
                    need[r.nextInt(need.length)], "", "");
            return;
        }
        LocalDate date = VISITS_2.minusDays(1 + r.nextInt(60));
        String verdict;
        String reason;
        if (!included2 && (assisted || r.nextInt(3) > 0) && kind < 70) {
            verdict = "INCLUDE";
            String[] reasons = {"INCOME_LOWER", "INCOME_NOT_BELOW_FLOOR", "ASSET_DATA_WRONG", "FAMILY_DIFFERS", "OTHER"};
            reason = reasons[r.nextInt(reasons.length)];
        } else if (included2 && kind < 55) {
            verdict = "EXCLUDE";
            String[] reasons = {"INCOME_HIGHER", "HIDDEN_ASSETS", "NOT_LIVING_HERE", "FAMILY_DIFFERS", "DECLINED",
                "OTHER"};
            reason = reasons[r.nextInt(reasons.length)];
        } else {
            verdict = "CONFIRM";
            reason = "";
        }
        String validUntil = r.nextInt(4) == 0 ? date.plusMonths(24).minusDays(1).toString()
                : r.nextInt(10) == 0 ? date.plusDays(5).toString() : "";
        String note = r.nextInt(6) == 0 ? "户主在家，已核实" : "";
        (r.nextBoolean() ? visits2 : visits2b).write(h.no, date.toString(), unit, visitor, verdict, reason,
                industry[r.nextInt(industry.length)], need[r.nextInt(need.length)], note, validUntil);
    }
}
