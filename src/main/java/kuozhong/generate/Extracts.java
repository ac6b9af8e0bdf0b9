package kuozhong.generate;

import static kuozhong.ingest.validate.RejectReason.BAD_CODE;
import static kuozhong.ingest.validate.RejectReason.BAD_DATE;
import static kuozhong.ingest.validate.RejectReason.BAD_ID;
import static kuozhong.ingest.validate.RejectReason.BAD_NUMBER;
import static kuozhong.ingest.validate.RejectReason.BAD_RANGE;
import static kuozhong.ingest.validate.RejectReason.DUPLICATE_KEY;
import static kuozhong.ingest.validate.RejectReason.INCONSISTENT;
import static kuozhong.ingest.validate.RejectReason.MISSING_FIELD;
import static kuozhong.ingest.validate.RejectReason.UNKNOWN_LOAN;
import static kuozhong.ingest.validate.RejectReason.WRONG_FIELD_COUNT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

import kuozhong.generate.CsvFile.BadMaker;
import kuozhong.generate.CsvFile.Layout;
import kuozhong.ingest.validate.IdNumber;
import kuozhong.ingest.validate.RejectReason;

/** The extract files of extracts.md: their columns, and how a record of each goes bad. */
final class Extracts {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset UTF8 = StandardCharsets.UTF_8;

    static final String[] PERSON = {"id_no", "name", "gender", "birth_date", "household_no", "relation",
            "township_code", "village", "status", "nation"};
    static final String[] VEHICLE = {"plate_no", "owner_id_no", "vehicle_type", "use_nature", "purchase_price",
            "register_date", "status"};
    static final String[] ASSISTANCE = {"id_no", "assistance_type", "start_date", "end_date"};
    static final String[] MARRIAGE = {"id_no", "spouse_id_no", "event", "event_date"};
    static final String[] SOCIAL_INSURANCE = {"id_no", "year_month", "insured_type", "amount", "employer_name"};
    static final String[] REAL_ESTATE = {"cert_no", "owner_id_no", "share", "property_type", "area_m2",
            "township_code", "register_date", "status", "remark"};
    static final String[] PROVIDENT_FUND = {"id_no", "year_month", "deposit_base", "monthly_deposit", "employer_name"};
    static final String[] LOANS = {"loan_no", "borrower_id_no", "product", "category", "contract_date",
            "maturity_date", "principal", "contract_rate", "reference_rate", "guarantee_subsidized"};
    static final String[] TRANSACTIONS = {"txn_id", "loan_no", "txn_date", "txn_type", "amount"};

    private Extracts() {
    }

    // ------------------------------------------------------------------ layouts per delivery

    static Layout person(boolean first) {
        Layout l = Layout.plain("person.csv", first ? GB18030 : UTF8, PERSON)
                .withOrder("id_no", "name", "nation", "gender", "birth_date", "household_no", "relation",
                        "township_code", "village", "status")
                .withCrlf();
        return first ? l : l.withBom();
    }

    static Layout vehicle() {
        return Layout.plain("vehicle.csv", UTF8, VEHICLE).withOrder("owner_id_no", "plate_no", "register_date",
                "vehicle_type", "use_nature", "purchase_price", "status");
    }

    static Layout assistance(boolean first) {
        Layout l = Layout.plain("assistance.csv", UTF8, ASSISTANCE);
        return first ? l.withBom() : l.withCrlf();
    }

    static Layout marriage() {
        return Layout.plain("marriage.csv", UTF8, MARRIAGE).withCrlf();
    }

    static Layout socialInsurance() {
        return Layout.plain("social_insurance.csv", UTF8, SOCIAL_INSURANCE);
    }

    static Layout realEstate() {
        return Layout.plain("real_estate.csv", UTF8, REAL_ESTATE).withBom();
    }

    static Layout providentFund() {
        return Layout.plain("provident_fund.csv", UTF8, PROVIDENT_FUND)
                .withOrder("year_month", "id_no", "deposit_base", "monthly_deposit", "employer_name");
    }

    static Layout loans() {
        return Layout.plain("loans.csv", UTF8, LOANS);
    }

    static Layout transactions() {
        return Layout.plain("loan_transactions.csv", UTF8, TRANSACTIONS);
    }

    // ------------------------------------------------------------------ reject codes each file can carry

    static final RejectReason[] PERSON_CODES = {WRONG_FIELD_COUNT, MISSING_FIELD, BAD_ID, BAD_DATE, BAD_CODE, BAD_RANGE,
            INCONSISTENT, DUPLICATE_KEY};
    static final RejectReason[] VEHICLE_CODES = {WRONG_FIELD_COUNT, MISSING_FIELD, BAD_ID, BAD_DATE, BAD_NUMBER, BAD_CODE,
            BAD_RANGE, DUPLICATE_KEY};
    static final RejectReason[] ASSISTANCE_CODES = {WRONG_FIELD_COUNT, MISSING_FIELD, BAD_ID, BAD_DATE, BAD_CODE,
            BAD_RANGE, DUPLICATE_KEY};
    static final RejectReason[] MARRIAGE_CODES = ASSISTANCE_CODES;
    static final RejectReason[] SI_CODES = VEHICLE_CODES;
    static final RejectReason[] REAL_ESTATE_CODES = VEHICLE_CODES;
    static final RejectReason[] PF_CODES = {WRONG_FIELD_COUNT, MISSING_FIELD, BAD_ID, BAD_DATE, BAD_NUMBER, BAD_RANGE,
            DUPLICATE_KEY};
    static final RejectReason[] LOAN_ERRORS = {MISSING_FIELD, BAD_RANGE};
    static final RejectReason[] TRANSACTION_ERRORS = {UNKNOWN_LOAN, BAD_DATE, DUPLICATE_KEY, UNKNOWN_LOAN};

    // ------------------------------------------------------------------ bad makers

    static final BadMaker PERSON_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 1, 4, 8)] = "";
            case BAD_ID -> f[0] = badId(f[0], r);
            case BAD_DATE -> f[3] = badDate(r);
            case BAD_CODE -> {
                int c = pick(r, 2, 4, 6, 8);
                f[c] = c == 2 ? "9" : c == 4 ? "HH-" + f[4] + "/1" : c == 6 ? "331126999" : "ALIVE";
            }
            case BAD_RANGE -> f[1] = (f[1] + "（曾用名）").repeat(60 / f[1].length()).substring(0, 51);
            case INCONSISTENT -> {
                if (r.nextBoolean()) {
                    f[2] = f[2].equals("1") ? "2" : "1";
                } else {
                    f[3] = LocalDate.parse(f[3]).plusDays(1).toString();
                }
            }
            default -> f[7] = f[7].isEmpty() ? "新村" : f[7];
        }
        return f;
    };

    static final BadMaker VEHICLE_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 1, 5, 6)] = "";
            case BAD_ID -> f[1] = badId(f[1], r);
            case BAD_DATE -> f[5] = badDate(r);
            case BAD_NUMBER -> f[4] = pickText(r, "158,000.00", "12.345", "1.5e5", "￥89000");
            case BAD_CODE -> {
                int c = pick(r, 2, 3, 6);
                f[c] = c == 2 ? "VAN" : c == 3 ? "RENTAL" : "STOLEN";
            }
            case BAD_RANGE -> f[4] = f[4].isEmpty() ? "-1.00" : "-" + f[4];
            default -> f[6] = "NORMAL";
        }
        return f;
    };

    static final BadMaker ASSISTANCE_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 1, 2)] = "";
            case BAD_ID -> f[0] = badId(f[0], r);
            case BAD_DATE -> f[2] = badDate(r);
            case BAD_CODE -> f[1] = pickText(r, "WUBAO", "低保", "dibao");
            case BAD_RANGE -> f[3] = LocalDate.parse(f[2]).minusDays(30).toString();
            default -> { }
        }
        return f;
    };

    static final BadMaker MARRIAGE_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 1, 2, 3)] = "";
            case BAD_ID -> f[1] = badId(f[1], r);
            case BAD_DATE -> f[3] = badDate(r);
            case BAD_CODE -> f[2] = pickText(r, "ENGAGEMENT", "REMARRIAGE", "结婚");
            case BAD_RANGE -> f[1] = f[0];
            default -> { }
        }
        return f;
    };

    static final BadMaker SI_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 1, 2, 3)] = "";
            case BAD_ID -> f[0] = badId(f[0], r);
            case BAD_DATE -> f[1] = pickText(r, "202413", "2024-05", "202400", "24005");
            case BAD_NUMBER -> f[3] = pickText(r, "4,500.00", "4500.005", "4.5e3", "4500元");
            case BAD_CODE -> f[2] = pickText(r, "MEDICAL", "UNEMPLOYMENT", "employee_pension ");
            case BAD_RANGE -> f[3] = r.nextBoolean() ? "0.00" : "-" + f[3];
            default -> f[3] = Amounts.yuan(Math.round(Double.parseDouble(f[3]) * 100) + 100);
        }
        return f;
    };

    static final BadMaker REAL_ESTATE_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 0, 2, 3, 6)] = "";
            case BAD_ID -> f[1] = badId(f[1], r);
            case BAD_DATE -> f[6] = badDate(r);
            case BAD_NUMBER -> {
                if (r.nextBoolean()) {
                    f[2] = "0.33333";
                } else {
                    f[4] = "120.555";
                }
            }
            case BAD_CODE -> {
                int c = pick(r, 3, 5, 7);
                f[c] = c == 3 ? "VILLA" : c == 5 ? "3311261" : "SEALED";
            }
            case BAD_RANGE -> {
                int c = pick(r, 2, 2, 4);
                f[c] = c == 4 ? "0" : r.nextBoolean() ? "1.5" : "0";
            }
            default -> f[8] = "重复登记";
        }
        return f;
    };

    static final BadMaker PF_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[pick(r, 2, 3)] = "";
            case BAD_ID -> f[0] = badId(f[0], r);
            case BAD_DATE -> f[1] = pickText(r, "202413", "2024/06", "202400");
            case BAD_NUMBER -> f[2] = pickText(r, "4,500.00", "4500.5.0", "3e3");
            case BAD_RANGE -> {
                if (r.nextBoolean()) {
                    f[2] = "0.00";
                } else {
                    f[3] = "-" + f[3];
                }
            }
            default -> { }
        }
        return f;
    };

    static final BadMaker LOAN_BAD = (code, f, r) -> {
        switch (code) {
            case MISSING_FIELD -> f[6] = "";
            case BAD_RANGE -> {
                f[7] = "4.35";
                f[8] = "3.85";
            }
            default -> { }
        }
        f[0] = f[0] + "B";
        return f;
    };

    static final BadMaker TRANSACTION_BAD = (code, f, r) -> {
        switch (code) {
            case UNKNOWN_LOAN -> {
                f[0] = f[0] + "U";
                f[1] = "QYNS2099" + f[1].substring(8);
            }
            case BAD_DATE -> {
                f[0] = f[0] + "D";
                f[2] = badDate(r);
            }
            default -> { }
        }
        return f;
    };

    // ------------------------------------------------------------------ helpers

    private static int pick(SplittableRandom r, int... options) {
        return options[r.nextInt(options.length)];
    }

    private static String pickText(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** A not-real date: 30 February, month 13, or another layout. */
    static String badDate(SplittableRandom r) {
        return pickText(r, "2024-02-30", "2023-13-01", "2024/05/01", "20240501", "2023-04-31");
    }

    /** A number that fails GB 11643 in one of its ways, never a valid one. */
    static String badId(String good, SplittableRandom r) {
        String body = good.substring(0, 17);
        return switch (r.nextInt(4)) {
            case 0 -> {
                char right = IdNumber.checkCharacter(body);
                yield body + (right == '0' ? '1' : '0');
            }
            case 1 -> body;
            case 2 -> body.substring(0, 10) + "O" + body.substring(11) + good.charAt(17);
            default -> {
                String b = body.substring(0, 10) + "13" + body.substring(12);
                yield b + IdNumber.checkCharacter(b);
            }
        };
    }
}
