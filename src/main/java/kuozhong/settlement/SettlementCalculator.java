package kuozhong.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.eligibility.EligibilityChecks;
import kuozhong.settlement.eligibility.LoanFacts;

/**
 * Settles one year (settlement.md): for every loan of the ledger, the day count, the eligibility checks,
 * and for an eligible loan with accumulation &gt; 0 the rates and amounts.
 *
 * <p>Two ways in: {@link #settle(int, List, Map, ListMembership, PolicySet)} for a ledger held in memory,
 * or, to stream a ledger from the database, one {@link #settle(Loan, List)} per loan fed to an
 * {@link Accumulation} ({@link #newAccumulation()}) and {@link Accumulation#result()} at the end.
 */
public final class SettlementCalculator {
    private final int year;
    private final ListMembership membership;
    private final PolicySet policy;

    public SettlementCalculator(int year, ListMembership membership, PolicySet policy) {
        this.year = year;
        this.membership = Objects.requireNonNull(membership, "membership");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Settles a whole ledger held in memory. Transactions of loans not in {@code loans} are ignored. */
    public static SettlementResult settle(int year, Iterable<Loan> loans, Map<String, List<LoanTransaction>> txnsByLoan,
                                          ListMembership membership, PolicySet policy) {
        SettlementCalculator calculator = new SettlementCalculator(year, membership, policy);
        Accumulation acc = calculator.newAccumulation();
        for (Loan loan : loans) {
            acc.add(calculator.settle(loan, txnsByLoan.getOrDefault(loan.loanNo(), List.of())));
        }
        return acc.result();
    }

    /** Settles one loan with all its principal transactions (any order). */
    public LoanOutcome settle(Loan loan, List<LoanTransaction> transactions) {
        ListVersionRef version = membership.versionInForce(loan.contractDate()).orElse(null);
        MemberOf member = version == null ? null
                : membership.includedMember(version, loan.borrowerIdNo()).orElse(null);
        return settle(year, policy, loan, transactions, version, member);
    }

    /**
     * Settles one loan whose list membership is already known (judged by a settlement, or stored by one):
     * the version in force on its contract date ({@code null}: none) and the borrower's included household
     * in it ({@code null}: not a member). Every other check and all arithmetic use {@code policy}. Pure.
     */
    public static LoanOutcome settle(int year, PolicySet policy, Loan loan, List<LoanTransaction> transactions,
            ListVersionRef version, MemberOf member) {
        DayCount dc = new DayCountAccumulator(loan, year).addAll(transactions).result();
        LoanFacts facts = new LoanFacts(loan, dc, version, member);
        List<RuleOutcome> findings = EligibilityChecks.evaluate(facts, policy);
        List<RuleOutcome> fired = findings.stream().filter(RuleOutcome::fired).toList();
        if (!fired.isEmpty()) {
            return new LoanOutcome(LoanOutcome.Kind.REFUSED, loan, version, dc, findings, null,
                    ExceptionRow.of(loan, fired), member);
        }
        if (dc.accumulation().signum() == 0) {
            return new LoanOutcome(LoanOutcome.Kind.INACTIVE, loan, version, dc, findings, null, null, member);
        }
        SubsidyRates rates = SubsidyRates.of(loan, policy);
        SubsidyAmounts amounts = SubsidyAmounts.of(dc.accumulation(), rates, policy);
        return new LoanOutcome(LoanOutcome.Kind.SUBSIDISED, loan, version, dc, findings,
                DetailRow.of(loan, member, version, dc, rates, amounts), null, member);
    }

    public Accumulation newAccumulation() {
        return new Accumulation(year);
    }

    /** Collects loan outcomes into a {@link SettlementResult}; rejects a loan number seen twice. */
    public static final class Accumulation {
        private final int year;
        private final Set<String> seen = new HashSet<>();
        private final List<DetailRow> detail = new ArrayList<>();
        private final List<ExceptionRow> exceptions = new ArrayList<>();
        private final List<String> inactive = new ArrayList<>();
        private final Map<String, ListVersionRef> versions = new HashMap<>();
        private final Map<String, MemberOf> members = new HashMap<>();

        private Accumulation(int year) {
            this.year = year;
        }

        public Accumulation add(LoanOutcome o) {
            String loanNo = o.loan().loanNo();
            if (!seen.add(loanNo)) {
                throw new IllegalArgumentException("loan " + loanNo + " settled twice");
            }
            if (o.listVersion() != null) {
                versions.put(loanNo, o.listVersion());
            }
            if (o.member() != null) {
                members.put(loanNo, o.member());
            }
            switch (o.kind()) {
                case SUBSIDISED -> detail.add(o.detail());
                case REFUSED -> exceptions.add(o.exception());
                case INACTIVE -> inactive.add(loanNo);
                default -> throw new IllegalStateException(o.kind().name());
            }
            return this;
        }

        public SettlementResult result() {
            List<DetailRow> d = new ArrayList<>(detail);
            d.sort(Comparator.comparing(DetailRow::loanNo));
            List<ExceptionRow> e = new ArrayList<>(exceptions);
            e.sort(Comparator.comparing(ExceptionRow::loanNo));
            List<String> i = new ArrayList<>(inactive);
            i.sort(Comparator.naturalOrder());
            return new SettlementResult(year, d, e, i, SubsidySummary.of(d), seen.size(), versions, members);
        }
    }

}
