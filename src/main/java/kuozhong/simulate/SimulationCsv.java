package kuozhong.simulate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Townships;

/** {@code moves.csv} and {@code subsidy.csv} (simulate.md); no identity numbers. */
public final class SimulationCsv {
    public static final String MOVES = "moves.csv";
    public static final String SUBSIDY = "subsidy.csv";
    public static final List<String> SUBSIDY_HEADER = List.of("township_code", "township_name", "category",
            "current_loans", "draft_loans", "current_accumulation", "draft_accumulation", "current_fiscal_subsidy",
            "draft_fiscal_subsidy", "current_province_share", "draft_province_share", "current_county_share",
            "draft_county_share", "current_bank_concession", "draft_bank_concession", "current_household_saving",
            "draft_household_saving");

    private SimulationCsv() {
    }

    public static void write(Path dir, Simulation s) throws IOException {
        AtomicFiles.writeText(dir.resolve(MOVES), w -> writeMoves(w, s.list().moves()));
        AtomicFiles.writeText(dir.resolve(SUBSIDY), w -> writeSubsidy(w, s.subsidy()));
    }

    static void writeMoves(Appendable out, List<Move> moves) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        p.printRecord(Move.header());
        for (Move m : moves) {
            p.printRecord(m.householdNo(), m.townshipCode(), Townships.name(m.townshipCode()), m.kind().name(),
                    Move.included(m.current()), Move.reasons(m.current()), Move.included(m.draft()),
                    Move.reasons(m.draft()), Move.dataIncluded(m.current()), Move.dataIncluded(m.draft()));
        }
        p.flush();
    }

    static void writeSubsidy(Appendable out, SubsidyComparison c) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        p.printRecord(SUBSIDY_HEADER);
        if (c != null) {
            for (SubsidyComparison.Group g : c.groups()) {
                List<String> row = new ArrayList<>(List.of(g.townshipCode(), Townships.name(g.townshipCode()),
                        g.category().name()));
                row.addAll(pairs(g.current(), g.draft()));
                p.printRecord(row);
            }
            List<String> total = new ArrayList<>(List.of(SubsidyComparison.TOTAL, "", ""));
            total.addAll(pairs(c.currentTotal(), c.draftTotal()));
            p.printRecord(total);
        }
        p.flush();
    }

    /** current, draft of each figure in turn; the draft ones empty when there is no draft set. */
    private static List<String> pairs(SubsidyComparison.Figures cur, SubsidyComparison.Figures draft) {
        List<String> out = new ArrayList<>(14);
        List<BigDecimal> c = cur.values();
        List<BigDecimal> d = draft == null ? null : draft.values();
        for (int i = 0; i < c.size(); i++) {
            out.add(c.get(i).toPlainString());
            out.add(d == null ? "" : d.get(i).toPlainString());
        }
        return out;
    }
}
