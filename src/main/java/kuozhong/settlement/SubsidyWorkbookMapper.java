package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.workbook.SubsidyWorkbookData;

/** Maps a settlement onto the audit workbook's records. */
final class SubsidyWorkbookMapper {
    private SubsidyWorkbookMapper() {
    }

    static SubsidyWorkbookData map(SettlementResult r, TargetProgress t, ReconciliationChecks checks, PolicySet policy,
            String ledgerDelivery, Map<Integer, BigDecimal> earlier, LocalDateTime runTime) {
        List<SubsidyWorkbookData.DetailRow> details = r.detail().stream().map(d -> new SubsidyWorkbookData.DetailRow(
                d.loanNo(), d.householdNo(), d.townshipCode(), d.townshipName(), d.borrowerIdNo(), d.product().name(),
                d.category().name(), d.contractDate(), d.maturityDate(), d.principal(), d.contractRate(),
                d.referenceRate(), d.fiscalRate(), d.bankRate(), d.days(), d.accumulation(), d.yearEndBalance(),
                d.fiscalSubsidy(), d.provinceShare(), d.countyShare(), d.bankConcession(), d.householdSaving(),
                d.flags())).toList();
        List<SubsidyWorkbookData.SummaryRow> summary = r.summary().stream().filter(s -> !s.isTotal())
                .map(s -> new SubsidyWorkbookData.SummaryRow(s.townshipCode(), s.townshipName(), s.category().name(),
                        s.households(), s.loans(), s.principal(), s.yearEndBalance(), s.accumulation(),
                        s.fiscalSubsidy(), s.provinceShare(), s.countyShare(), s.bankConcession(),
                        s.householdSaving()))
                .toList();
        List<SubsidyWorkbookData.ExceptionRow> exceptions = r.exceptions().stream()
                .map(e -> new SubsidyWorkbookData.ExceptionRow(e.loanNo(), e.borrowerIdNo(), e.product().name(),
                        e.category().name(), e.contractDate(), e.principal(), e.reasons(),
                        e.findings().stream().map(f -> f.code().chinese(policy)).toList()))
                .toList();
        List<SubsidyWorkbookData.CheckRow> checkRows = checks.checks().stream()
                .map(c -> new SubsidyWorkbookData.CheckRow(c.name(), c.pass(), c.detail())).toList();
        String years = new TreeMap<>(earlier).keySet().stream().filter(y -> y < r.year()).map(String::valueOf)
                .collect(Collectors.joining("、"));
        SubsidyWorkbookData.Targets targets = new SubsidyWorkbookData.Targets(t.newLoanBalance(),
                t.targetNewLoanBalance(), t.cumulativeInterestReduction(), t.targetInterestReduction(),
                years.isEmpty() ? String.valueOf(r.year()) : years + "、" + r.year());
        Map<String, String> parameters = new LinkedHashMap<>(PolicyFile.describe(policy));
        return new SubsidyWorkbookData(r.year(), summary, SubsidyWorkbookData.distinctHouseholdsByTownship(details),
                SubsidyWorkbookData.distinctHouseholds(details), details, exceptions, targets, checkRows, parameters,
                ledgerDelivery, runTime);
    }
}
