package kuozhong.household.jdbc;

import java.util.Map;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

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
import kuozhong.ingest.Source;

/**
 * The snapshot tables of one build, streamed row by row (a full scan of each load's own table, with a
 * fetch size so that PostgreSQL streams too). Never a query per household.
 */
public final class DbListSources implements ListSources {
    private static final int FETCH = 10_000;
    private final Jdbi jdbi;
    private final Map<Source, String> tables;

    /** @param tables the data table of the snapshot chosen for each source */
    public DbListSources(Jdbi jdbi, Map<Source, String> tables) {
        this.jdbi = jdbi;
        this.tables = Map.copyOf(tables);
    }

    private <T> void stream(Source source, RowMapper<T> mapper, Consumer<T> sink) {
        String table = tables.get(source);
        if (table == null) {
            return;
        }
        String sql = SqlFiles.withTable("kuozhong/household/sql/select-" + source.id() + ".sql", table);
        jdbi.useTransaction(h -> LazyResults.with(h, lh -> {
            lh.createQuery(sql).setFetchSize(FETCH).map(mapper).forEach(sink);
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
