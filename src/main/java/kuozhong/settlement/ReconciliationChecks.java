package kuozhong.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reconciliation checks of the 数据校验 sheet (settlement.md). They recompute from the rows, so a
 * result assembled or altered by hand (or read back from the database) is checked as well:
 * <ol>
 *   <li>detail totals = summary TOTAL row (loans, households, every amount), and the group rows add up
 *       to the TOTAL row;</li>
 *   <li>province + county = fiscal, for every detail row, every summary row and the total;</li>
 *   <li>fiscal + bank = household saving, likewise;</li>
 *   <li>ledger loans = detail + exceptions + inactive;</li>
 *   <li>each ledger file's loaded sha256 equals its manifest's (FAIL when no file is given);</li>
 *   <li>the list versions used: informational, always PASS.</li>
 * </ol>
 */
public final class ReconciliationChecks {
    private final List<Check> checks;

    private ReconciliationChecks(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static ReconciliationChecks of(SettlementResult r, List<LedgerFileDigest> ledgerFiles) {
        List<Check> checks = new ArrayList<>();
        checks.add(detailEqualsSummary(r));
        checks.add(sharesAddUp(r));
        checks.add(savingAddsUp(r));
        checks.add(loansAddUp(r));
        checks.add(digests(ledgerFiles));
        checks.add(listVersions(r));
        return new ReconciliationChecks(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public boolean hasFailure() {
        return checks.stream().anyMatch(c -> !c.pass());
    }

    private record Amount(String name, Function<DetailRow, BigDecimal> detail, Function<SummaryRow, BigDecimal> summary) {
    }

    private static final List<Amount> AMOUNTS = List.of(
            new Amount("principal", DetailRow::principal, SummaryRow::principal),
            new Amount("year_end_balance", DetailRow::yearEndBalance, SummaryRow::yearEndBalance),
            new Amount("accumulation", DetailRow::accumulation, SummaryRow::accumulation),
            new Amount("fiscal_subsidy", DetailRow::fiscalSubsidy, SummaryRow::fiscalSubsidy),
            new Amount("province_share", DetailRow::provinceShare, SummaryRow::provinceShare),
            new Amount("county_share", DetailRow::countyShare, SummaryRow::countyShare),
            new Amount("bank_concession", DetailRow::bankConcession, SummaryRow::bankConcession),
            new Amount("household_saving", DetailRow::householdSaving, SummaryRow::householdSaving));

    static Check detailEqualsSummary(SettlementResult r) {
        SummaryRow total = r.total();
        List<SummaryRow> groups = r.summary().subList(0, r.summary().size() - 1);
        List<String> diffs = new ArrayList<>();
        if (r.detail().size() != total.loans()) {
            diffs.add("loans: detail " + r.detail().size() + " ≠ total " + total.loans());
        }
        int groupLoans = groups.stream().mapToInt(SummaryRow::loans).sum();
        if (groupLoans != total.loans()) {
            diffs.add("loans: groups " + groupLoans + " ≠ total " + total.loans());
        }
        Set<String> households = new HashSet<>();
        r.detail().forEach(d -> households.add(d.householdNo()));
        if (households.size() != total.households()) {
            diffs.add("households: detail " + households.size() + " ≠ total " + total.households());
        }
        StringBuilder figures = new StringBuilder("loans " + total.loans() + ", households " + total.households());
        for (Amount a : AMOUNTS) {
            BigDecimal fromDetail = r.detail().stream().map(a.detail()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal fromGroups = groups.stream().map(a.summary()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal inTotal = a.summary().apply(total);
            if (fromDetail.compareTo(inTotal) != 0) {
                diffs.add(a.name() + ": detail " + plain(fromDetail) + " ≠ total " + plain(inTotal));
            }
            if (fromGroups.compareTo(inTotal) != 0) {
                diffs.add(a.name() + ": groups " + plain(fromGroups) + " ≠ total " + plain(inTotal));
            }
            figures.append(", ").append(a.name()).append(' ').append(plain(inTotal));
        }
        return new Check("明细合计=汇总合计 (detail totals = summary totals)", diffs.isEmpty(),
                diffs.isEmpty() ? figures.toString() : String.join("; ", diffs));
    }

    static Check sharesAddUp(SettlementResult r) {
        return sumCheck("省级+县级=财政贴息 (province + county = fiscal)", r, "province + county", "fiscal",
                DetailRow::provinceShare, DetailRow::countyShare, DetailRow::fiscalSubsidy,
                SummaryRow::provinceShare, SummaryRow::countyShare, SummaryRow::fiscalSubsidy);
    }

    static Check savingAddsUp(SettlementResult r) {
        return sumCheck("财政贴息+银行让利=家庭节省 (fiscal + bank = household saving)", r, "fiscal + bank",
                "household saving",
                DetailRow::fiscalSubsidy, DetailRow::bankConcession, DetailRow::householdSaving,
                SummaryRow::fiscalSubsidy, SummaryRow::bankConcession, SummaryRow::householdSaving);
    }

    private static Check sumCheck(String name, SettlementResult r, String lhs, String rhs,
                                  Function<DetailRow, BigDecimal> da, Function<DetailRow, BigDecimal> db,
                                  Function<DetailRow, BigDecimal> dsum,
                                  Function<SummaryRow, BigDecimal> sa, Function<SummaryRow, BigDecimal> sb,
                                  Function<SummaryRow, BigDecimal> ssum) {
        List<String> bad = new ArrayList<>();
        for (DetailRow d : r.detail()) {
            BigDecimal left = da.apply(d).add(db.apply(d));
            if (left.compareTo(dsum.apply(d)) != 0) {
                bad.add("loan " + d.loanNo() + ": " + lhs + " " + plain(left) + " ≠ " + rhs + " " + plain(dsum.apply(d)));
            }
        }
        for (SummaryRow s : r.summary()) {
            BigDecimal left = sa.apply(s).add(sb.apply(s));
            if (left.compareTo(ssum.apply(s)) != 0) {
                bad.add("summary " + s.townshipCode() + (s.category() == null ? "" : " " + s.category()) + ": "
                        + lhs + " " + plain(left) + " ≠ " + rhs + " " + plain(ssum.apply(s)));
            }
        }
        SummaryRow t = r.total();
        String detail = bad.isEmpty()
                ? r.detail().size() + " loans and " + r.summary().size() + " summary rows agree; total " + lhs + " "
                        + plain(sa.apply(t).add(sb.apply(t))) + " = " + rhs + " " + plain(ssum.apply(t))
                : bad.size() + " disagree: " + String.join("; ", bad.subList(0, Math.min(10, bad.size())))
                        + (bad.size() > 10 ? "; …" : "");
        return new Check(name, bad.isEmpty(), detail);
    }

    static Check loansAddUp(SettlementResult r) {
        int sum = r.detail().size() + r.exceptions().size() + r.inactiveLoans();
        boolean pass = sum == r.ledgerLoans();
        return new Check("台账贷款数=明细+不予贴息+未发生 (ledger loans = detail + exceptions + inactive)", pass,
                "ledger " + r.ledgerLoans() + (pass ? " = " : " ≠ ") + "detail " + r.detail().size()
                        + " + exceptions " + r.exceptions().size() + " + inactive " + r.inactiveLoans());
    }

    static Check digests(List<LedgerFileDigest> files) {
        if (files.isEmpty()) {
            return new Check("台账文件sha256=清单 (ledger files sha256 = manifest)", false, "no ledger file given");
        }
        List<String> parts = new ArrayList<>();
        boolean pass = true;
        for (LedgerFileDigest f : files) {
            if (!f.matches()) {
                pass = false;
            }
            parts.add(f.describe());
        }
        return new Check("台账文件sha256=清单 (ledger files sha256 = manifest)", pass, String.join("; ", parts));
    }

    static Check listVersions(SettlementResult r) {
        Map<ListVersionRef, Integer> used = r.listVersionsUsed();
        String detail = used.isEmpty() ? "none"
                : used.entrySet().stream()
                        .map(e -> "version " + e.getKey().versionId() + " as of " + e.getKey().asOf() + ": "
                                + e.getValue() + " loans")
                        .collect(Collectors.joining("; "));
        return new Check("使用的名单版本 (list versions used)", true, detail);
    }

    private static String plain(BigDecimal b) {
        return b.toPlainString();
    }
}
