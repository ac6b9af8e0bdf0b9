package kuozhong.settlement;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settlement of one year.
 *
 * @param detail             subsidised loans (eligible, accumulation &gt; 0), sorted by loan_no
 * @param exceptions         refused loans with every reason, sorted by loan_no
 * @param inactiveLoanNos    eligible loans with accumulation 0 in the year (in neither file), sorted
 * @param summary            groups by township and category, then the TOTAL row (always present, last)
 * @param ledgerLoans        how many loans the ledger held
 * @param listVersionByLoan  for every loan that had a list version in force on its contract date, that
 *                           version (loans with NO_LIST_VERSION are absent); sorted by loan_no
 * @param memberByLoan       for every loan whose borrower is a member of an included household in that
 *                           version, the household and its township (refused and inactive loans too)
 */
public record SettlementResult(
        int year,
        List<DetailRow> detail,
        List<ExceptionRow> exceptions,
        List<String> inactiveLoanNos,
        List<SummaryRow> summary,
        int ledgerLoans,
        Map<String, ListVersionRef> listVersionByLoan,
        Map<String, MemberOf> memberByLoan) {

    public SettlementResult(int year, List<DetailRow> detail, List<ExceptionRow> exceptions,
            List<String> inactiveLoanNos, List<SummaryRow> summary, int ledgerLoans,
            Map<String, ListVersionRef> listVersionByLoan) {
        this(year, detail, exceptions, inactiveLoanNos, summary, ledgerLoans, listVersionByLoan, Map.of());
    }

    public SettlementResult {
        detail = List.copyOf(detail);
        exceptions = List.copyOf(exceptions);
        inactiveLoanNos = List.copyOf(inactiveLoanNos);
        summary = List.copyOf(summary);
        listVersionByLoan = Collections.unmodifiableMap(new TreeMap<>(listVersionByLoan));
        memberByLoan = Collections.unmodifiableMap(new java.util.HashMap<>(memberByLoan));
        if (summary.isEmpty() || !summary.get(summary.size() - 1).isTotal()) {
            throw new IllegalArgumentException("the summary must end with the TOTAL row");
        }
    }

    /** The list-membership outcome of a loan, as the settlement judged it on its contract date. */
    public Membership membershipOf(String loanNo) {
        return Membership.of(listVersionByLoan.get(loanNo), memberByLoan.get(loanNo));
    }

    public int inactiveLoans() {
        return inactiveLoanNos.size();
    }

    /** The TOTAL row of the summary. */
    public SummaryRow total() {
        return summary.get(summary.size() - 1);
    }

    /** The list versions used, by version id, each with the number of loans it decided. */
    public Map<ListVersionRef, Integer> listVersionsUsed() {
        Map<ListVersionRef, Integer> counts = new TreeMap<>(
                Comparator.comparingLong(ListVersionRef::versionId));
        listVersionByLoan.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
