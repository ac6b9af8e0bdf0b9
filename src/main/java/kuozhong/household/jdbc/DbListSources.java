package kuozhong.household.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.EmptyHandling;
import org.jdbi.v3.core.statement.Query;

import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.db.LazyResults;
import kuozhong.db.SqlFiles;
import kuozhong.household.AssistanceRow;
import kuozhong.household.ListSources;
import kuozhong.household.MarriageRow;
import kuozhong.household.PersonRow;
import kuozhong.household.ProvidentFundRow;
import kuozhong.household.RealEstateRow;
import kuozhong.household.SocialInsuranceRow;
import kuozhong.household.VehicleRow;
import kuozhong.household.profile.HomesteadRow;
import kuozhong.household.profile.MarketEntityRow;
import kuozhong.household.profile.SelfPayRow;
import kuozhong.household.visit.VisitRow;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;

/**
 * The snapshot tables of one build, streamed row by row (a full scan of each load's own table, with a
 * fetch size so that PostgreSQL streams too). Never a query per household. The two monthly series are stored
 * packed ({@link PackedRuns}): their rows are runs of records, unpacked here into the same records, in the
 * same order, as a table of one row a record gave.
 *
 * <p>{@link #ofHousehold} narrows every query to what the explanation of one household reads: the persons of
 * the household and those married to them, the marriages of its persons, and their monthly, assistance,
 * property and vehicle records. {@link kuozhong.household.ListBuilder} ignores every other row, so the
 * narrowed sources give the same facts for that household as the full snapshots.
 */
public final class DbListSources implements ListSources {
    private static final int FETCH = 10_000;
    private static final String SQL = "kuozhong/household/sql/";
    private final Jdbi jdbi;
    private final Map<Source, String> tables;
    /** null: the whole snapshots; otherwise the household whose rows are read */
    private final String household;
    private final List<String> householdIds;
    private final List<String> spouseIds;
    /**
     * {@link #ofHousehold}: the person rows of the household and the marriages of its persons, as read to find
     * the spouses; served again instead of scanning the person and marriage snapshots a second time
     */
    private final List<PersonRow> householdPersons;
    private final List<MarriageRow> householdMarriages;
    /** the loaded visits files of deliveries on or before the as-of date (profile.md), and that date */
    private List<FileLoad> visitLoads = List.of();
    private LocalDate asOf;
    /** null: no progress shown; otherwise the rows of each source's snapshot (its load's count) */
    private Map<Source, Long> progressTotals;

    /** @param tables the data table of the snapshot chosen for each source */
    public DbListSources(Jdbi jdbi, Map<Source, String> tables) {
        this(jdbi, tables, null, List.of(), List.of(), null, null);
    }

    private DbListSources(Jdbi jdbi, Map<Source, String> tables, String household, List<String> householdIds,
            List<String> spouseIds, List<PersonRow> householdPersons, List<MarriageRow> householdMarriages) {
        this.jdbi = jdbi;
        this.tables = Map.copyOf(tables);
        this.household = household;
        this.householdIds = householdIds;
        this.spouseIds = spouseIds;
        this.householdPersons = householdPersons;
        this.householdMarriages = householdMarriages;
    }

    /** Also reads the visits of these loaded visits files, dated on or before {@code asOf}. */
    public DbListSources withVisits(List<FileLoad> loads, LocalDate asOf) {
        this.visitLoads = List.copyOf(loads);
        this.asOf = asOf;
        return this;
    }

    /**
     * Shows the progress of reading each snapshot ({@link Progress#count}), against the rows its load loaded
     * (for the visits, the rows of all their files).
     */
    public DbListSources withProgress(Map<Source, Long> rowsBySource) {
        this.progressTotals = Map.copyOf(rowsBySource);
        return this;
    }

    private Progress.Count progress(Source source) {
        if (progressTotals != null && (source == Source.SOCIAL_INSURANCE || source == Source.PROVIDENT_FUND)) {
            // the database hands over only the income window's rows: no count of the load's rows would end at 100 %
            return Progress.phase(Messages.text("progress.list.reading", source.id()));
        }
        return progressTotals == null ? Progress.Count.none() : Progress.count(
                Messages.text("progress.list.reading", source.id()), progressTotals.getOrDefault(source, 0L),
                Progress.Unit.ROWS);
    }

    @Override
    public Set<Source> missingOptional() {
        Set<Source> missing = EnumSet.noneOf(Source.class);
        for (Source s : Source.optionalGovernment()) {
            if (!tables.containsKey(s)) {
                missing.add(s);
            }
        }
        return missing;
    }

    @Override
    public void marketEntities(Consumer<MarketEntityRow> sink) {
        stream(Source.MARKET_ENTITY, (rs, ctx) -> new MarketEntityRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                (Integer) rs.getObject(7, Integer.class), rs.getBigDecimal(8)), sink);
    }

    @Override
    public void homesteads(Consumer<HomesteadRow> sink) {
        stream(Source.HOMESTEAD, (rs, ctx) -> new HomesteadRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getString(6)), sink);
    }

    @Override
    public void medicalSelfPay(Consumer<SelfPayRow> sink) {
        stream(Source.MEDICAL_SELF_PAY, (rs, ctx) -> new SelfPayRow(rs.getString(1), rs.getInt(2),
                rs.getBigDecimal(3)), sink);
    }

    @Override
    public void visits(Consumer<VisitRow> sink) {
        try (Progress.Count read = progress(Source.VISITS)) {
            visits(read, sink);
        }
    }

    private void visits(Progress.Count read, Consumer<VisitRow> sink) {
        for (FileLoad l : visitLoads) {
            String sql = SqlFiles.withTable(SQL + (household == null ? "select-visits.sql"
                    : "select-visits-of-household.sql"), l.dataTable());
            jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
                Query q = lh.createQuery(sql).setFetchSize(FETCH).bind("asOf", asOf);
                if (household != null) {
                    q.bind("household", household);
                }
                q.map((rs, ctx) -> new VisitRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, LocalDate.class), l.deliveryDate(), l.fileName(),
                        rs.getLong(11))).forEach(v -> {
                            read.step();
                            sink.accept(v);
                        });
                return null;
            }));
        }
    }

    /**
     * The rows of the snapshots that concern one household (a few scans filtered in the database, or index
     * look-ups where the snapshot has an index on the column). The household's person rows (the person query
     * with no spouse) and its persons' marriages are read once, to find the spouses, and kept: the person
     * snapshot is read again only for spouses in other households, the marriage snapshot never. A query that
     * can match nothing (no person in the household) is not run.
     */
    public static DbListSources ofHousehold(Jdbi jdbi, Map<Source, String> tables, String householdNo) {
        DbListSources first = new DbListSources(jdbi, tables, householdNo, List.of(), List.of(), null, null);
        List<PersonRow> persons = new ArrayList<>();
        first.persons(persons::add);
        List<String> ids = persons.stream().map(PersonRow::idNo).toList();
        List<MarriageRow> marriages = new ArrayList<>();
        new DbListSources(jdbi, tables, householdNo, ids, List.of(), null, null).marriages(marriages::add);
        Set<String> spouses = new TreeSet<>();
        for (MarriageRow m : marriages) {
            spouses.add(m.idNo());
            spouses.add(m.spouseIdNo());
        }
        ids.forEach(spouses::remove);
        return new DbListSources(jdbi, tables, householdNo, ids, List.copyOf(spouses),
                spouses.isEmpty() ? List.copyOf(persons) : null, List.copyOf(marriages));
    }

    private <T> void stream(Source source, RowMapper<T> mapper, Consumer<T> sink) {
        stream(source, q -> { }, mapper, sink);
    }

    private <T> void stream(Source source, Consumer<Query> binds, RowMapper<T> mapper, Consumer<T> sink) {
        String sql = sql(source);
        if (sql == null) {
            return;
        }
        try (Progress.Count read = progress(source)) {
            stream(sql, source, binds, mapper, row -> {
                read.step();
                sink.accept(row);
            });
        }
    }

    /** The query of a source's snapshot; null when there is none or it would read the rows of no person. */
    private String sql(Source source) {
        String table = tables.get(source);
        if (table == null || household != null && source != Source.PERSON && householdIds.isEmpty()) {
            return null; // the rows of no person
        }
        String file = household == null ? "select-" + source.id() + ".sql"
                : source == Source.PERSON ? "select-person-of-household.sql"
                : "select-" + source.id() + "-of-persons.sql";
        return SqlFiles.withTable(SQL + file, table);
    }

    private <T> void stream(String sql, Source source, Consumer<Query> binds, RowMapper<T> mapper, Consumer<T> sink) {
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            Query q = lh.createQuery(sql).setFetchSize(FETCH);
            binds.accept(q);
            if (household != null) {
                q.bindList(EmptyHandling.NULL_KEYWORD, "ids", source == Source.PERSON ? spouseIds : householdIds);
                if (source == Source.PERSON) {
                    q.bind("household", household);
                }
            }
            q.map(mapper).forEach(sink);
            return null;
        }));
    }

    @Override
    public void persons(Consumer<PersonRow> sink) {
        if (householdPersons != null) {
            householdPersons.forEach(sink);
            return;
        }
        stream(Source.PERSON, (rs, ctx) -> new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9)), sink);
    }

    @Override
    public void socialInsurance(int first, int last, Consumer<SocialInsuranceRow> sink) {
        streamPacked(Source.SOCIAL_INSURANCE, first, last, (idNo, v) -> sink.accept(new SocialInsuranceRow(idNo,
                (Integer) v[0], (String) v[1], (BigDecimal) v[2])));
    }

    @Override
    public void providentFund(int first, int last, Consumer<ProvidentFundRow> sink) {
        streamPacked(Source.PROVIDENT_FUND, first, last, (idNo, v) -> sink.accept(new ProvidentFundRow(idNo,
                (Integer) v[0], (BigDecimal) v[1], (BigDecimal) v[2])));
    }

    /**
     * The records of a packed series ({@link PackedRuns}) with a {@code year_month} from {@code first} to
     * {@code last}, in the order of the runs (the table's, or record order for one household): the database
     * hands over the runs that overlap the window, each is unpacked and its records outside the window are
     * skipped. The values handed on are those after {@code id_no}, year_month first.
     */
    private void streamPacked(Source source, int first, int last, BiConsumer<String, Object[]> sink) {
        String sql = sql(source);
        if (sql == null) {
            return;
        }
        PackedRuns layout = PackedRuns.of(source);
        try (Progress.Count read = progress(source)) {
            stream(sql, source, q -> q.bind("first", first).bind("last", last),
                    (rs, ctx) -> new Run(rs.getString(1), rs.getLong(2), rs.getBytes(3)),
                    run -> layout.unpack(run.firstRecordNo(), run.packed(), (recordNo, v) -> {
                        Integer ym = (Integer) v[0];
                        if (ym != null && ym >= first && ym <= last) {
                            read.step();
                            sink.accept(run.idNo(), v);
                        }
                    }));
        }
    }

    /** One stored row of a packed series. */
    private record Run(String idNo, long firstRecordNo, byte[] packed) {
    }

    @Override
    public void assistance(Consumer<AssistanceRow> sink) {
        stream(Source.ASSISTANCE, (rs, ctx) -> new AssistanceRow(rs.getString(1), rs.getString(2),
                rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class)), sink);
    }

    @Override
    public void marriages(Consumer<MarriageRow> sink) {
        if (householdMarriages != null) {
            householdMarriages.forEach(sink);
            return;
        }
        stream(Source.MARRIAGE, (rs, ctx) -> new MarriageRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class)), sink);
    }

    @Override
    public void realEstate(Consumer<RealEstateRow> sink) {
        stream(Source.REAL_ESTATE, (rs, ctx) -> new RealEstateRow(rs.getString(1), rs.getString(2),
                rs.getBigDecimal(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                rs.getObject(7, java.time.LocalDate.class), rs.getString(8)), sink);
    }

    @Override
    public void vehicles(Consumer<VehicleRow> sink) {
        stream(Source.VEHICLE, (rs, ctx) -> new VehicleRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7)),
                sink);
    }
}
