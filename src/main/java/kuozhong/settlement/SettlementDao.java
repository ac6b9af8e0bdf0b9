package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import kuozhong.settlement.jdbc.SettlementStore;

/** Stored settlements: one CURRENT settlement a year, replaced as a whole. */
public interface SettlementDao {

    @SqlUpdate("""
            INSERT INTO kz_settlement (settlement_year, state, ledger_delivery, loans_load_id, transactions_load_id,
                policy_effective_from, ledger_loans, subsidised_loans, refused_loans, inactive_loans,
                fiscal_subsidy, household_saving, year_end_balance, checks_passed, settled_at, job_execution_id)
            VALUES (:year, 'BUILDING', :delivery, :loans, :txns, :policy, :ledgerLoans, :subsidised, :refused,
                :inactive, :fiscal, :saving, :balance, :checks, :at, :job)
            """)
    @GetGeneratedKeys("settlement_id")
    long begin(@Bind("year") int year, @Bind("delivery") String delivery, @Bind("loans") long loansLoadId,
            @Bind("txns") long transactionsLoadId, @Bind("policy") LocalDate policyEffectiveFrom,
            @Bind("ledgerLoans") int ledgerLoans, @Bind("subsidised") int subsidised, @Bind("refused") int refused,
            @Bind("inactive") int inactive, @Bind("fiscal") BigDecimal fiscalSubsidy,
            @Bind("saving") BigDecimal householdSaving, @Bind("balance") BigDecimal yearEndBalance,
            @Bind("checks") String checksPassed, @Bind("at") LocalDateTime settledAt, @Bind("job") Long jobExecutionId);

    /** Household saving of every settled year before {@code year} (for the cumulative interest reduction). */
    @SqlQuery("""
            SELECT settlement_year, household_saving FROM kz_settlement
            WHERE state = 'CURRENT' AND settlement_year < :year
            """)
    @KeyColumn("settlement_year")
    @ValueColumn("household_saving")
    Map<Integer, BigDecimal> householdSavingBefore(@Bind("year") int year);

    @SqlQuery("SELECT COUNT(*) FROM kz_settlement WHERE state = 'BUILDING'")
    int countUnpublished();

    @SqlUpdate("""
            DELETE FROM kz_settlement_detail WHERE settlement_id IN
                (SELECT settlement_id FROM kz_settlement WHERE state IN ('BUILDING', 'REPLACED'))
            """)
    void deleteUnpublishedDetail();

    @SqlUpdate("""
            DELETE FROM kz_settlement_loan WHERE settlement_id IN
                (SELECT settlement_id FROM kz_settlement WHERE state IN ('BUILDING', 'REPLACED'))
            """)
    void deleteUnpublishedLoans();

    @SqlUpdate("""
            DELETE FROM kz_settlement_exception WHERE settlement_id IN
                (SELECT settlement_id FROM kz_settlement WHERE state IN ('BUILDING', 'REPLACED'))
            """)
    void deleteUnpublishedExceptions();

    @SqlUpdate("DELETE FROM kz_settlement WHERE state IN ('BUILDING', 'REPLACED')")
    void deleteUnpublished();

    @SqlUpdate("UPDATE kz_settlement SET state = 'REPLACED' WHERE state = 'CURRENT' AND settlement_year = :year")
    void replaceCurrent(@Bind("year") int year);

    /** The year's published settlement. */
    @SqlQuery("""
            SELECT settlement_id, settlement_year, ledger_delivery, loans_load_id, transactions_load_id,
                   policy_effective_from, settled_at
            FROM kz_settlement WHERE state = 'CURRENT' AND settlement_year = :year
            """)
    @RegisterConstructorMapper(SettlementStore.Header.class)
    Optional<SettlementStore.Header> current(@Bind("year") int year);

    /** The latest year with a published settlement. */
    @SqlQuery("SELECT MAX(settlement_year) FROM kz_settlement WHERE state = 'CURRENT'")
    Optional<Integer> latestYear();

    @SqlUpdate("UPDATE kz_settlement SET state = 'CURRENT' WHERE settlement_id = :id AND state = 'BUILDING'")
    int publish(@Bind("id") long id);

    /** The settlement in force of every settled year, oldest year first ({@code kz status}). */
    @SqlQuery("""
            SELECT settlement_id, settlement_year, ledger_delivery, ledger_loans, subsidised_loans, refused_loans,
                   fiscal_subsidy, household_saving, checks_passed, settled_at
            FROM kz_settlement WHERE state = 'CURRENT' ORDER BY settlement_year
            """)
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(SettledYear.class)
    java.util.List<SettledYear> settledYears();
}
