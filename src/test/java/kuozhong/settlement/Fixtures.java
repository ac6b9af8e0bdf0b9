package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import kuozhong.policy.PolicySet;

/** Small builders for settlement tests: the spec's default policy, loans, transactions, an in-memory list. */
final class Fixtures {
    static final String ID_A = "33112619850101001X";
    static final String ID_B = "331126199002020022";
    static final String ID_C = "331126197503030033";
    static final String ID_D = "331126200004040044";

    static final String T_MENGZHOU = "331126001";
    static final String T_SONGYUAN = "331126002";

    private Fixtures() {
    }

    /** The defaults of settlement.md: cap 3.5, fiscal cap 1.8, share of excess 1.0, province 0.80, basis 360. */
    static PolicySet policy() {
        return policy(new BigDecimal("0.80"));
    }

    static PolicySet policy(BigDecimal provinceShare) {
        return new PolicySet(LocalDate.of(2024, 1, 1),
                new BigDecimal("100000.00"), new BigDecimal("1140.00"), new BigDecimal("1.5"), 18, 59,
                new BigDecimal("2010.00"), new BigDecimal("0.105"), 2, new BigDecimal("50.00"),
                new BigDecimal("200000.00"), 45,
                new BigDecimal("3.5"), new BigDecimal("1.8"), new BigDecimal("1.0"), provinceShare, 360,
                LocalDate.of(2024, 10, 1),
                Map.of(2024, new PolicySet.Target(new BigDecimal("50000000.00"), new BigDecimal("300000.00")),
                        2025, new PolicySet.Target(new BigDecimal("150000000.00"), new BigDecimal("3000000.00"))));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** A 共富经营贷, BUSINESS, contract 3.50 / reference 7.50, no guarantee subsidy. */
    static Loan loan(String loanNo, String idNo, String contract, String maturity, String principal) {
        return new Loan(loanNo, idNo, LoanProduct.JINGYING, LoanCategory.BUSINESS, d(contract), d(maturity),
                bd(principal), bd("3.50"), bd("7.50"), false);
    }

    static Loan withRates(Loan l, String contractRate, String referenceRate) {
        return new Loan(l.loanNo(), l.borrowerIdNo(), l.product(), l.category(), l.contractDate(), l.maturityDate(),
                l.principal(), bd(contractRate), bd(referenceRate), l.guaranteeSubsidized());
    }

    static Loan withCategory(Loan l, LoanCategory c) {
        return new Loan(l.loanNo(), l.borrowerIdNo(), l.product(), c, l.contractDate(), l.maturityDate(),
                l.principal(), l.contractRate(), l.referenceRate(), l.guaranteeSubsidized());
    }

    static Loan withProduct(Loan l, LoanProduct p) {
        return new Loan(l.loanNo(), l.borrowerIdNo(), p, l.category(), l.contractDate(), l.maturityDate(),
                l.principal(), l.contractRate(), l.referenceRate(), l.guaranteeSubsidized());
    }

    static Loan guaranteed(Loan l) {
        return new Loan(l.loanNo(), l.borrowerIdNo(), l.product(), l.category(), l.contractDate(), l.maturityDate(),
                l.principal(), l.contractRate(), l.referenceRate(), true);
    }

    private static int txnSeq;

    static LoanTransaction draw(String loanNo, String date, String amount) {
        return new LoanTransaction("T" + (++txnSeq), loanNo, d(date), LoanTransaction.Type.DRAWDOWN, bd(amount));
    }

    static LoanTransaction repay(String loanNo, String date, String amount) {
        return new LoanTransaction("T" + (++txnSeq), loanNo, d(date), LoanTransaction.Type.REPAYMENT, bd(amount));
    }

    static DayCount dayCount(Loan loan, int year, LoanTransaction... txns) {
        return new DayCountAccumulator(loan, year).addAll(List.of(txns)).result();
    }

    static Map<String, List<LoanTransaction>> byLoan(LoanTransaction... txns) {
        Map<String, List<LoanTransaction>> m = new HashMap<>();
        for (LoanTransaction t : txns) {
            m.computeIfAbsent(t.loanNo(), k -> new ArrayList<>()).add(t);
        }
        return m;
    }

    /** List versions held in memory: as-of date → version, and per version the included members. */
    static final class InMemoryList implements ListMembership {
        private final TreeMap<LocalDate, ListVersionRef> versions = new TreeMap<>();
        private final Map<Long, Map<String, MemberOf>> members = new HashMap<>();

        InMemoryList version(long id, String asOf) {
            versions.put(d(asOf), new ListVersionRef(id, d(asOf)));
            members.put(id, new HashMap<>());
            return this;
        }

        /** {@code idNo} belongs to included household {@code householdNo} in version {@code id}. */
        InMemoryList member(long id, String idNo, String householdNo, String townshipCode) {
            members.get(id).put(idNo, new MemberOf(householdNo, townshipCode));
            return this;
        }

        @Override
        public Optional<ListVersionRef> versionInForce(LocalDate date) {
            return Optional.ofNullable(versions.floorEntry(date)).map(Map.Entry::getValue);
        }

        @Override
        public Optional<MemberOf> includedMember(ListVersionRef v, String idNo) {
            return Optional.ofNullable(members.getOrDefault(v.versionId(), Map.of()).get(idNo));
        }
    }

    /** One version (id 1, as of 2024-09-30) with A, B, C in households H1, H2, H3 (H3 in 松源街道). */
    static InMemoryList standardList() {
        return new InMemoryList().version(1, "2024-09-30")
                .member(1, ID_A, "H1", T_MENGZHOU)
                .member(1, ID_B, "H2", T_MENGZHOU)
                .member(1, ID_C, "H3", T_SONGYUAN);
    }
}
