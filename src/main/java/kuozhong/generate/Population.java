package kuozhong.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kuozhong.common.Townships;
import kuozhong.generate.Model.Assistance;
import kuozhong.generate.Model.Household;
import kuozhong.generate.Model.Marriage;
import kuozhong.generate.Model.Owner;
import kuozhong.generate.Model.Pension;
import kuozhong.generate.Model.Person;
import kuozhong.generate.Model.Property;
import kuozhong.generate.Model.Vehicle;

/**
 * Builds the households of the county one at a time, each from its own random stream, so that a
 * seed always gives the same county. The only state shared between households is what keeps
 * numbers unique: identity numbers, household numbers, plates and certificate numbers.
 */
final class Population {
    static final LocalDate FIRST = LocalDate.of(2025, 1, 10);
    static final LocalDate SECOND = LocalDate.of(2025, 6, 15);

    /** The income floor in fen a year per person: 1140 × 12 × 1.5. */
    static final long FLOOR = 2_052_000L;
    static final long IMPUTED_YEAR = 2010_00L * 12;

    private static final int COUNTY = 331126;
    private static final int[] OTHER_AREAS = {331102, 331121, 331122, 331127, 330329, 330702, 350724, 350725, 330106};
    private static final String[] SURNAMES = ("吴吴吴吴叶叶叶叶周周周陈陈陈刘刘胡胡季季毛林林王王张张李李杨徐郑练练沈范姚"
            + "蓝蓝雷雷钟潘何金赖余柳翁梁项谢朱").split("");
    private static final String[] MALE = "伟强磊军洋勇杰涛明超刚建国文志海林新德福清俊浩宇轩睿鑫凯斌鹏辉平华忠良宏正永春荣".split("");
    private static final String[] FEMALE = "芳娜敏静丽艳娟秀霞桂英玉兰红春婷雪欣怡晨涵诗琪佳瑶萍燕梅琴慧颖洁莉美月凤珍".split("");
    private static final String[] V1 = "大小上下东西南北新石岭坑洋坪山溪源岙后前黄杨竹龙官五双半外里高".split("");
    private static final String[] V2 = "田坑洋岭源坪头口岙溪山塘垟湾底安和丰桥坂墩际".split("");
    private static final String[] COMMUNITY = {"城东", "城西", "城南", "城北", "新城", "濛洲", "松源", "屏都", "五都", "石龙", "后田"};
    private static final String[] EMPLOYERS = {
            "庆元县人民医院", "庆元县实验小学", "庆元农商银行", "国网浙江庆元县供电公司", "庆元县自来水有限公司",
            "浙江庆元香菇市场有限公司", "庆元县竹木制品有限公司", "浙江百山祖旅游开发有限公司", "庆元县城市建设投资有限公司",
            "中国移动庆元分公司", "庆元县中医院", "庆元县第二中学", "浙江竹立方科技有限公司", "庆元县食用菌科研中心",
            "庆元县交通投资集团有限公司", "庆元县人民政府濛洲街道办事处", "丽水市鼎盛机械有限公司", "庆元县五金制品厂",
            "浙江庆元农业开发有限公司", "庆元县老年大学", "杭州锦江物流有限公司庆元分公司", "中国邮政集团庆元县分公司"};
    private static final String[] COMMA_EMPLOYERS = {"庆元县菇乡人家餐饮管理有限公司,竹口分店", "浙江\"竹韵\"家居有限公司"};

    private final long seed;
    private final double workerShare;
    private final String[] townships;
    private final LongSet ids;
    private int householdSeq;
    private int plateSeq;
    private int certSeq;

    Population(long seed, int households) {
        this(seed, households, -1);
    }

    /** @param workerShare negative: the county as it is; else the benchmark profile (InboxGenerator.Options) */
    Population(long seed, int households, double workerShare) {
        this.seed = seed;
        this.workerShare = workerShare;
        this.townships = Townships.all().keySet().toArray(new String[0]);
        this.ids = new LongSet(households * 3);
    }

    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Household {@code index} of the county. */
    Household household(int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        Household h = newHousehold(r);
        compose(h, r);
        if (index < 2) {
            h.members.get(0).village = index == 0 ? "下坑村,后田自然村" : "黄田镇\n上村一组";
        }
        statusEvents(h, r);
        incomes(h, r);
        assistance(h, r);
        properties(h, r);
        vehicles(h, r);
        return h;
    }

    // ---------------------------------------------------------------- composition

    private Household newHousehold(SplittableRandom r) {
        Household h = new Household();
        h.township = township(r);
        h.no = h.township.substring(6) + String.format("%07d", ++householdSeq);
        return h;
    }

    private String township(SplittableRandom r) {
        int x = r.nextInt(100);
        if (x < 32) {
            return townships[x < 12 ? 0 : x < 24 ? 1 : 2];
        }
        if (x < 68) {
            return townships[3 + (x - 32) / 6];
        }
        return townships[9 + Math.min(9, (x - 68) * 10 / 32)];
    }

    private String village(String township, SplittableRandom r) {
        if (township.charAt(6) == '0') {
            return COMMUNITY[r.nextInt(COMMUNITY.length)] + "社区";
        }
        return V1[r.nextInt(V1.length)] + V2[r.nextInt(V2.length)] + "村";
    }

    private void compose(Household h, SplittableRandom r) {
        int kind = r.nextInt(100);
        String village = village(h.township, r);
        if (kind < 42) {                                   // couple with children and maybe parents
            Person head = person(h, r, "02", 0, age(r, 25, 56), village);
            Person spouse = spouse(h, r, head, village);
            int kids = head.age(FIRST) < 30 ? r.nextInt(2) : r.nextInt(4);
            for (int i = 0; i < kids; i++) {
                child(h, r, head, spouse, village);
            }
            if (r.nextInt(100) < 25) {
                parents(h, r, head, village);
            }
            splitOrOutside(h, r, spouse);
        } else if (kind < 51) {                            // three generations
            Person head = person(h, r, "02", 0, age(r, 48, 64), village);
            Person spouse = spouse(h, r, head, village);
            Person son = person(h, r, "22", 1, age(r, 22, 36), village);
            son.name = head.gender == 1 ? head.name.charAt(0) + son.name.substring(1) : son.name;
            if (r.nextBoolean()) {
                Person wife = person(h, r, "38", 2, son.age(FIRST) + r.nextInt(5) - 2, village);
                marriage(h, r, son, wife);
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                boolean boy = r.nextBoolean();
                Person g = person(h, r, boy ? "41" : "42", boy ? 1 : 2, age(r, 0, Math.max(1, son.age(FIRST) - 20)), village);
                g.name = son.name.charAt(0) + g.name.substring(1);
            }
            if (r.nextInt(100) < 8) {
                person(h, r, "51", 1, age(r, 80, 95), village);
            }
            splitOrOutside(h, r, spouse);
        } else if (kind < 65) {                            // single adult
            person(h, r, "02", 0, age(r, 20, 59), village);
        } else if (kind < 82) {                            // elderly, alone or as a couple
            Person head = person(h, r, "02", 0, age(r, 60, 88), village);
            if (r.nextInt(100) < 55) {
                spouse(h, r, head, village);
            }
        } else if (kind < 88) {                            // single parent
            Person head = person(h, r, "02", 0, age(r, 28, 50), village);
            for (int i = 1 + r.nextInt(2); i > 0; i--) {
                child(h, r, head, null, village);
            }
        } else if (kind < 91) {                            // siblings
            Person head = person(h, r, "02", 0, age(r, 30, 70), village);
            Person sib = person(h, r, "71", 0, head.age(FIRST) + r.nextInt(9) - 4, village);
            sib.name = head.name.charAt(0) + sib.name.substring(1);
        } else {                                           // farmers: a couple and maybe a grown child
            Person head = person(h, r, "02", 1, age(r, 35, 58), village);
            spouse(h, r, head, village);
            if (r.nextBoolean()) {
                person(h, r, "22", 1, age(r, 18, 30), village).name = head.name.charAt(0) + "建" + MALE[r.nextInt(MALE.length)];
            }
        }
        if (r.nextInt(1000) < 8 && h.members.size() > 1) {   // a second head
            h.members.get(1).relation = "02";
        }
        if (r.nextInt(1000) < 15) {                          // nation: a few 畲族
            for (Person p : h.members) {
                p.nation = "畲族";
            }
        }
    }

    private static int age(SplittableRandom r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** A new member; gender 0 = random, 1 male, 2 female. */
    private Person person(Household h, SplittableRandom r, String relation, int gender, int age, String village) {
        Person p = new Person();
        p.gender = gender == 0 ? (relation.equals("02") ? (r.nextInt(100) < 75 ? 1 : 2) : 1 + r.nextInt(2)) : gender;
        int a = Math.max(0, age);
        p.birth = FIRST.minusYears(a).minusDays(1 + r.nextInt(364));
        p.relation = relation;
        p.village = r.nextInt(1000) < 3 ? "黄坑村,下坑自然村" : r.nextInt(1000) < 2 ? "岭头村\n二组" : village;
        p.nation = "汉族";
        p.home = h;
        p.name = name(r, p.gender);
        p.id = newId(r, p, r.nextInt(100) < 9 ? OTHER_AREAS[r.nextInt(OTHER_AREAS.length)] : COUNTY);
        h.members.add(p);
        return p;
    }

    private String name(SplittableRandom r, int gender) {
        String[] given = gender == 1 ? MALE : FEMALE;
        String n = SURNAMES[r.nextInt(SURNAMES.length)] + given[r.nextInt(given.length)];
        return r.nextInt(100) < 70 ? n + given[r.nextInt(given.length)] : n;
    }

    private String newId(SplittableRandom r, Person p, int area) {
        int seq = r.nextInt(499) * 2 + (p.gender == 1 ? 1 : 2);
        long body = IdNumbers.body(area, p.birth, seq);
        while (!ids.add(body)) {
            seq += 2;
            if (seq > 999) {
                seq = p.gender == 1 ? 1 : 2;
            }
            body = IdNumbers.body(area, p.birth, seq);
        }
        return IdNumbers.of(body);
    }

    private Person spouse(Household h, SplittableRandom r, Person head, String village) {
        int age = head.age(FIRST) + (head.gender == 1 ? -r.nextInt(5) : r.nextInt(5));
        Person s = person(h, r, "10", 3 - head.gender, age, village);
        marriage(h, r, head, s);
        return s;
    }

    private void marriage(Household h, SplittableRandom r, Person a, Person b) {
        LocalDate birth = a.birth.isAfter(b.birth) ? a.birth : b.birth;
        LocalDate date = birth.plusYears(22 + r.nextInt(8)).plusDays(r.nextInt(300));
        if (date.isAfter(LocalDate.of(2024, 12, 31))) {
            date = LocalDate.of(2024, 12, 31).minusDays(r.nextInt(700));
        }
        h.marriages.add(new Marriage(a, b, "MARRIAGE", date, r.nextInt(100) < 30));
        if (r.nextInt(100) < 4) {                          // an earlier marriage, ended by divorce
            Person ex = outsider(r, 3 - a.gender, a.age(FIRST) + r.nextInt(5) - 2);
            LocalDate m = date.minusYears(3 + r.nextInt(6));
            h.marriages.add(new Marriage(a, ex, "MARRIAGE", m, false));
            h.marriages.add(new Marriage(a, ex, "DIVORCE", m.plusYears(1 + r.nextInt(2)), r.nextBoolean()));
        }
    }

    /** A person registered outside the county: never in person.csv. */
    private Person outsider(SplittableRandom r, int gender, int age) {
        Person p = new Person();
        p.gender = gender;
        p.birth = FIRST.minusYears(Math.max(18, age)).minusDays(1 + r.nextInt(364));
        p.name = name(r, gender);
        p.id = newId(r, p, OTHER_AREAS[r.nextInt(OTHER_AREAS.length)]);
        p.relation = "02";
        return p;
    }

    private void child(Household h, SplittableRandom r, Person head, Person spouse, String village) {
        int parentAge = head.age(FIRST);
        int age = r.nextInt(Math.max(1, Math.min(30, parentAge - 21)));
        int gender = 1 + r.nextInt(2);
        Person c = person(h, r, gender == 1 ? (r.nextBoolean() ? "20" : "22") : (r.nextBoolean() ? "30" : "32"),
                gender, age, village);
        Person father = head.gender == 1 ? head : spouse;
        if (father != null) {
            c.name = father.name.charAt(0) + c.name.substring(1);
        }
    }

    private void parents(Household h, SplittableRandom r, Person head, String village) {
        int age = Math.min(95, head.age(FIRST) + 24 + r.nextInt(8));
        if (r.nextBoolean()) {
            Person f = person(h, r, "51", 1, age, village);
            f.name = head.gender == 1 ? head.name.charAt(0) + f.name.substring(1) : f.name;
        }
        if (r.nextBoolean()) {
            person(h, r, "52", 2, age - r.nextInt(4), village);
        }
    }

    /** Now and then the spouse is registered elsewhere: in a household of their own, or outside the county. */
    private void splitOrOutside(Household h, SplittableRandom r, Person spouse) {
        int x = r.nextInt(1000);
        if (x < 40) {
            Household s = newHousehold(r);
            h.members.remove(spouse);
            spouse.home = s;
            spouse.relation = "02";
            spouse.village = village(s.township, r);
            s.members.add(spouse);
            h.satellite = s;
            if (x < 6) {                                   // they divorced since: no flag
                Marriage m = h.marriages.get(h.marriages.size() - 1);
                LocalDate d = x < 2 ? m.date() : m.date().plusYears(2);
                h.marriages.add(new Marriage(m.a(), m.b(), "DIVORCE", d, false));
            }
        } else if (x < 55) {
            h.members.remove(spouse);
            spouse.home = null;
        }
    }

    // ---------------------------------------------------------------- registrations over time

    private void statusEvents(Household h, SplittableRandom r) {
        for (Person p : h.members) {
            int age = p.age(FIRST);
            if (age >= 75 && r.nextInt(100) < 4) {
                p.deceased = date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
            } else if (age >= 70 && r.nextInt(100) < 4) {
                p.deceased = date(r, FIRST.plusDays(1), SECOND.minusDays(5));
            } else if (age >= 19 && p.relation.charAt(0) >= '2' && p.relation.charAt(0) <= '3' && r.nextInt(100) < 8) {
                p.movedOut = r.nextInt(4) == 0 ? date(r, FIRST.plusDays(1), SECOND.minusDays(5))
                        : date(r, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
            } else if (r.nextInt(1000) < 3) {
                p.cancelled = date(r, LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
            }
        }
        Person head = h.members.get(0);
        int x = r.nextInt(1000);
        if (x < 8 && h.members.size() > 1 && head.deceased == null) {        // head gone, nobody took over
            head.deceased = date(r, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        } else if (x < 15) {                                                 // the whole household leaves
            LocalDate d = date(r, FIRST.plusDays(10), SECOND.minusDays(10));
            for (Person p : h.members) {
                p.movedOut = p.movedOut == null ? d : p.movedOut;
            }
        } else if (x < 22) {                                                 // a household that arrives
            LocalDate d = date(r, FIRST.plusDays(10), SECOND.minusDays(10));
            for (Person p : h.members) {
                p.registered = d;
            }
        } else if (x < 90 && h.members.size() >= 2 && head.age(FIRST) <= 38
                && h.members.get(1).relation.equals("10")) {                   // a baby
            LocalDate birth = date(r, FIRST.plusDays(1), SECOND.minusDays(20));
            Person mother = head.gender == 2 ? head : h.members.get(1);
            Person b = person(h, r, r.nextBoolean() ? "20" : "30", 0, 0, mother.village);
            b.gender = b.relation.equals("20") ? 1 : 2;
            b.birth = birth;
            b.name = (head.gender == 1 ? head : h.members.get(1)).name.charAt(0) + b.name.substring(1);
            b.id = newId(r, b, COUNTY);
            b.registered = birth.plusDays(7 + r.nextInt(10));
        }
    }

    private static LocalDate date(SplittableRandom r, LocalDate from, LocalDate to) {
        return from.plusDays(r.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    // ---------------------------------------------------------------- income

    private void incomes(Household h, SplittableRandom r) {
        List<Person> workers = new ArrayList<>();
        long fixed = 0;
        int n = 0;
        for (Person p : h.members) {
            if (!p.normal(FIRST)) {
                continue;
            }
            n++;
            int age = p.age(FIRST);
            if (age < 18) {
                continue;
            }
            if (age >= 60) {
                int x = r.nextInt(100);
                if (x < 35) {
                    retiree(p, r);
                    fixed += p.pensionAmount * 12;
                } else if (x < 93) {
                    p.pension = Pension.RESIDENT;
                    p.pensionAmount = (18000 + r.nextInt(24000)) / 100 * 100 + r.nextInt(100);
                    fixed += p.pensionAmount * 12;
                }
            } else if (p.gender == 2 && age >= 50 && r.nextInt(100) < 35 || age >= 55 && r.nextInt(100) < 10) {
                retiree(p, r);
                fixed += p.pensionAmount * 12;
            } else if (studentOrFarmer(age, r)) {
                fixed += IMPUTED_YEAR;                      // student or farmer: no records
            } else {
                workers.add(p);
            }
        }
        for (Person p : h.members) {                        // income of members who left or arrive later
            if (!p.normal(FIRST) && p.age(FIRST) >= 23 && p.age(FIRST) < 60 && r.nextInt(100) < 50) {
                workers.add(p);
            }
        }
        if (workers.isEmpty()) {
            return;
        }
        int band = r.nextInt(100);
        long target;
        if (band < 74) {
            long lo = Math.max(FLOOR * Math.max(1, n) * 108 / 100, fixed + workers.size() * 12 * 2000_00L);
            long hi = 9_600_000L;
            target = lo < hi ? lo + r.nextLong(hi - lo) : lo;
        } else if (band < 83) {
            target = 11_000_000L + r.nextLong(r.nextInt(10) == 0 ? 50_000_000L : 15_000_000L);
        } else {
            target = FLOOR * Math.max(1, n) * (40 + r.nextInt(50)) / 100;
        }
        long perWorker = Math.max(0, target - fixed) / workers.size();
        for (Person p : workers) {
            int x = r.nextInt(100);
            p.si = x < 94;
            p.pf = x >= 94 || r.nextInt(100) < (perWorker > 6_000_000L ? 80 : 30);
            p.pfRate = new int[] {24, 24, 24, 20, 16, 12, 10}[r.nextInt(7)];
            double factor = (p.si ? 0.895 : 1.0) - (p.pf ? p.pfRate / 200.0 : 0);
            long share = (long) (perWorker * (0.7 + 0.6 * r.nextDouble()));
            long base = (long) (share / 12.0 / factor);
            p.wage = Math.max(1_900_00L, Math.min(60_000_00L, base)) / 1000 * 1000;
            if (workerShare >= 0) {
                p.si = true;
                p.pf = true;
            }
            int y = r.nextInt(100);
            if (y < 7) {
                p.workFrom = Months.of(2024, 2) + r.nextInt(14);
            } else if (y < 14) {
                p.workTo = Months.of(2024, 6) + r.nextInt(10);
            }
            p.employer = r.nextInt(500) == 0 ? COMMA_EMPLOYERS[r.nextInt(COMMA_EMPLOYERS.length)]
                    : r.nextInt(100) < 70 ? EMPLOYERS[r.nextInt(EMPLOYERS.length)]
                    : "庆元县" + Townships.name(h.township) + V1[r.nextInt(V1.length)] + "记食用菌专业合作社";
        }
    }

    /** A working-age member with no wage records; the benchmark profile sets the share of earners. */
    private boolean studentOrFarmer(int age, SplittableRandom r) {
        if (workerShare < 0) {
            return age <= 22 && r.nextInt(100) < 60 || r.nextInt(100) < 30;
        }
        return age <= 22 && r.nextInt(100) < 60 || r.nextDouble() >= workerShare;
    }

    private static void retiree(Person p, SplittableRandom r) {
        p.pension = Pension.RETIREE;
        p.pensionAmount = 2_000_00L + r.nextLong(2_800_00L);
    }

    // ---------------------------------------------------------------- assistance

    private void assistance(Household h, SplittableRandom r) {
        long income = 0;
        int n = 0;
        for (Person p : h.members) {
            if (p.normal(FIRST)) {
                n++;
                income += ExpectedDecision.memberIncome(p, FIRST) / 1000;
            }
        }
        boolean poor = n > 0 && income < FLOOR * n;
        int x = r.nextInt(100);
        if (poor ? x < 45 : x < 2) {
            String type = n == 1 && h.members.get(0).age(FIRST) >= 60 && r.nextInt(100) < 40 ? "TEKUN"
                    : r.nextInt(100) < 58 ? "DIBAO" : "DIBIAN";
            LocalDate start = date(r, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 11, 30));
            int e = r.nextInt(100);
            LocalDate end = e < 55 ? null
                    : e < 67 ? LocalDate.of(2024, 12, 31)
                    : e < 75 ? FIRST
                    : e < 87 ? LocalDate.of(2025, 3, 31)
                    : LocalDate.of(2025, 12, 31);
            h.assistance.add(new Assistance(type, start, end));
        } else if (poor && x < 55) {                          // approved after the first delivery
            h.assistance.add(new Assistance(r.nextBoolean() ? "DIBAO" : "DIBIAN", LocalDate.of(2025, 3, 1), null));
        }
        if (r.nextInt(100) < (h.assistance.isEmpty() ? 6 : 40)) {   // history: an episode long ended
            LocalDate start = date(r, LocalDate.of(2012, 1, 1), LocalDate.of(2016, 12, 31));
            h.assistance.add(new Assistance(r.nextBoolean() ? "DIBAO" : "DIBIAN", start,
                    start.plusMonths(12 + r.nextInt(24)).withDayOfMonth(1).minusDays(1)));
        }
    }

    // ---------------------------------------------------------------- real estate

    private void properties(Household h, SplittableRandom r) {
        Person head = h.members.get(0);
        Person spouse = h.members.size() > 1 && h.members.get(1).relation.equals("10") ? h.members.get(1) : null;
        boolean urban = h.township.charAt(6) == '0';
        if (r.nextInt(100) < 88) {
            String type = urban || r.nextInt(100) < 40 ? "RESIDENTIAL" : "HOMESTEAD";
            property(h, r, type, 6000 + r.nextInt(12000), h.township, owners(r, head, spouse), "VALID");
        }
        if (r.nextInt(100) < 12) {
            property(h, r, "RESIDENTIAL", 5000 + r.nextInt(9000), r.nextBoolean() ? h.township : "331102001",
                    owners(r, head, spouse), "VALID");
        }
        int x = r.nextInt(1000);
        if (x < 45) {                                       // three or more homes
            int more = 2 + r.nextInt(2);
            for (int i = 0; i < more; i++) {
                String where = i == 0 ? "" : i == 1 ? "330106004" : h.township;
                property(h, r, "RESIDENTIAL", 4500 + r.nextInt(10000), where, owners(r, head, spouse),
                        x < 10 && i == 0 ? "CANCELLED" : "VALID");
            }
        }
        if (r.nextInt(100) < 10) {
            property(h, r, "PARKING", 1200 + r.nextInt(1000), h.township, List.of(new Owner(head, "1")), "VALID");
        }
        int y = r.nextInt(1000);
        if (y < 45) {                                       // shops, offices, workshops
            if (y < 20) {
                property(h, r, "COMMERCIAL", 4000 + r.nextInt(14000), h.township, List.of(new Owner(head, "1")), "VALID");
            } else if (y < 30) {
                property(h, r, "COMMERCIAL", 11000 + r.nextInt(9000), h.township, owners(r, head, spouse), "VALID");
            } else if (y < 36) {                            // 100 m² × 0.5 = 50.00: just not over
                property(h, r, "OFFICE", 10000, h.township,
                        List.of(new Owner(head, "0.5"), new Owner(outsider(r, 1, 50), "0.5")), "VALID");
            } else if (y < 41) {
                property(h, r, "INDUSTRIAL", 30000, h.township,
                        List.of(new Owner(head, "0.25"), new Owner(outsider(r, 1, 50), "0.75")), "VALID");
            } else {
                property(h, r, "COMMERCIAL", 20000, "", List.of(new Owner(head, "1")), "CANCELLED");
            }
        }
    }

    private static List<Owner> owners(SplittableRandom r, Person head, Person spouse) {
        if (spouse != null && r.nextInt(100) < 45) {
            return List.of(new Owner(head, "0.5"), new Owner(spouse, "0.5"));
        }
        return List.of(new Owner(head, "1"));
    }

    /** {@code cents}: the area in hundredths of a square metre. */
    private void property(Household h, SplittableRandom r, String type, long cents, String township,
                          List<Owner> owners, String status) {
        LocalDate reg = date(r, LocalDate.of(2003, 1, 1), LocalDate.of(2024, 12, 31));
        String cert = "浙(" + reg.getYear() + ")庆元县不动产权第" + String.format("%07d", ++certSeq) + "号";
        h.properties.add(new Property(cert, type, cents, township, reg, status, owners));
    }

    // ---------------------------------------------------------------- vehicles

    private void vehicles(Household h, SplittableRandom r) {
        List<Person> adults = new ArrayList<>();
        for (Person p : h.members) {
            if (p.age(FIRST) >= 20 && p.age(FIRST) < 75) {
                adults.add(p);
            }
        }
        if (adults.isEmpty()) {
            return;
        }
        Person owner = adults.get(r.nextInt(adults.size()));
        if (r.nextInt(100) < 45) {
            boolean old = r.nextInt(100) < 10;
            LocalDate reg = old ? date(r, LocalDate.of(2004, 1, 1), LocalDate.of(2011, 12, 31))
                    : date(r, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 12, 31));
            vehicle(h, r, owner, "CAR", "NON_OPERATING", old ? -1 : 45_000_00L + r.nextLong(140_000_00L), reg,
                    r.nextInt(100) < 3 ? "SCRAPPED" : "NORMAL");
        }
        if (r.nextInt(100) < 12) {
            boolean truck = r.nextInt(3) == 0;
            vehicle(h, r, owner, truck ? "TRUCK" : "MOTORCYCLE", truck ? "OPERATING" : "NON_OPERATING",
                    truck ? 80_000_00L + r.nextLong(100_000_00L) : 3_000_00L + r.nextLong(9_000_00L),
                    date(r, LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31)), "NORMAL");
        }
        int x = r.nextInt(1000);
        LocalDate reg = date(r, LocalDate.of(2016, 1, 1), LocalDate.of(2024, 12, 31));
        if (x < 36) {                                        // expensive private car
            vehicle(h, r, owner, "CAR", "NON_OPERATING", 210_000_00L + r.nextLong(600_000_00L), reg, "NORMAL");
        } else if (x < 40) {
            vehicle(h, r, owner, "CAR", "NON_OPERATING", 200_000_00L, reg, "NORMAL");
        } else if (x < 44) {
            vehicle(h, r, owner, "CAR", "NON_OPERATING", 350_000_00L, reg, "SCRAPPED");
        } else if (x < 52) {
            vehicle(h, r, owner, "CAR", "OPERATING", 230_000_00L + r.nextLong(50_000_00L), reg, "NORMAL");
        } else if (x < 57) {                                 // bought after the first delivery
            vehicle(h, r, owner, "CAR", "NON_OPERATING", 260_000_00L + r.nextLong(100_000_00L),
                    date(r, FIRST.plusDays(5), SECOND.minusDays(5)), "NORMAL");
        } else if (x < 80) {
            vehicle(h, r, owner, "CAR", "OPERATING", 90_000_00L + r.nextLong(60_000_00L), reg, "NORMAL");
        } else if (x < 100) {
            vehicle(h, r, owner, "CAR", "NON_OPERATING", 60_000_00L + r.nextLong(90_000_00L),
                    date(r, FIRST.plusDays(5), SECOND.minusDays(5)), "NORMAL");
        }
    }

    private void vehicle(Household h, SplittableRandom r, Person owner, String type, String use, long price,
                         LocalDate reg, String status) {
        h.vehicles.add(new Vehicle(plate(), owner, type, use, price, reg, status));
    }

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /** 浙K (Lishui) and five characters, unique; the sequence is scrambled so that plates look random. */
    private String plate() {
        int n = plateSeq++;
        if (n < 240_000) {
            int k = (int) (n * 7919L % 240_000);
            return "浙K" + LETTERS.charAt(k / 10_000) + String.format("%04d", k % 10_000);
        }
        int m = n - 240_000;
        if (m < 576_000) {
            int k = (int) (m * 7919L % 576_000);
            return "浙K" + LETTERS.charAt(k / 24_000) + LETTERS.charAt(k / 1000 % 24) + String.format("%03d", k % 1000);
        }
        return "浙KD" + String.format("%05d", m - 576_000);
    }
}
