package kuozhong.household.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import kuozhong.ingest.Source;

/**
 * The snapshot tables of one build, streamed row by row (a full scan of each load's own table, with a
 * fetch size so that PostgreSQL streams too). Never a query per household.
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
    /** the loaded visits files of deliveries on or before the as-of date (profile.md), and that date */
    private List<FileLoad> visitLoads = List.of();
    private LocalDate asOf;
    /** null: no progress shown; otherwise the rows of each source's snapshot (its load's count) */
    private Map<Source, Long> progressTotals;

    /** @param tables the data table of the snapshot chosen for each source */
    public DbListSources(Jdbi jdbi, Map<Source, String> tables) {
        this(jdbi, tables, null, List.of(), List.of());
    }

    private DbListSources(Jdbi jdbi, Map<Source, String> tables, String household, List<String> householdIds,
            List<String> spouseIds) {
        this.jdbi = jdbi;
        this.tables = Map.copyOf(tables);
        this.household = household;
        this.householdIds = householdIds;
        this.spouseIds = spouseIds;
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

    /** The rows of the snapshots that concern one household (a few indexless scans filtered in the database). */
    public static DbListSources ofHousehold(Jdbi jdbi, Map<Source, String> tables, String householdNo) {
        List<String> ids = new ArrayList<>();
        String persons = tables.get(Source.PERSON);
        if (persons != null) {
            String sql = SqlFiles.withTable(SQL + "select-person-ids-of-household.sql", persons);
            ids.addAll(jdbi.withHandle(h -> h.createQuery(sql).bind("household", householdNo).mapTo(String.class)
                    .list()));
        }
        Set<String> spouses = new TreeSet<>();
        new DbListSources(jdbi, tables, householdNo, List.copyOf(ids), List.of()).marriages(m -> {
            spouses.add(m.idNo());
            spouses.add(m.spouseIdNo());
        });
        ids.forEach(spouses::remove);
        return new DbListSources(jdbi, tables, householdNo, List.copyOf(ids), List.copyOf(spouses));
    }

    private <T> void stream(Source source, RowMapper<T> mapper, Consumer<T> sink) {
        String table = tables.get(source);
        if (table == null) {
            return;
        }
        String file = household == null ? "select-" + source.id() + ".sql"
                : source == Source.PERSON ? "select-person-of-household.sql"
                : "select-" + source.id() + "-of-persons.sql";
        String sql = SqlFiles.withTable(SQL + file, table);
        try (Progress.Count read = progress(source)) {
            stream(sql, source, mapper, row -> {
                read.step();
                sink.accept(row);
            });
        }
    }

    private <T> void stream(String sql, Source source, RowMapper<T> mapper, Consumer<T> sink) {
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            Query q = lh.createQuery(sql).setFetchSize(FETCH);
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
        stream(Source.PERSON, (rs, ctx) -> new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9)), sink);
    }

    @Override
    public void socialInsurance(Consumer<SocialInsuranceRow> sink) {
        stream(Source.SOCIAL_INSURANCE, (rs, ctx) -> new SocialInsuranceRow(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getBigDecimal(4)), sink);
    }

    @Override
    public void providentFund(Consumer<ProvidentFundRow> sink) {
        stream(Source.PROVIDENT_FUND, (rs, ctx) -> new ProvidentFundRow(rs.getString(1), rs.getInt(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), sink);
    }

    @Override
    public void assistance(Consumer<AssistanceRow> sink) {
        stream(Source.ASSISTANCE, (rs, ctx) -> new AssistanceRow(rs.getString(1), rs.getString(2),
                rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class)), sink);
    }

    @Override
    public void marriages(Consumer<MarriageRow> sink) {
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
