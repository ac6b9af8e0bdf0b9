package kuozhong.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The ledger of file loads ({@code kz_file_load}). */
@RegisterConstructorMapper(FileLoad.class)
public interface FileLoadDao {

    @SqlUpdate("""
            INSERT INTO kz_file_load (delivery, delivery_date, source, file_name, sha256, encoding, manifest_rows,
                                      state, data_table, started_at, job_execution_id)
            VALUES (:delivery, :deliveryDate, :source, :fileName, :sha256, :encoding, :manifestRows,
                    'LOADING', '', :startedAt, :jobExecutionId)
            """)
    @GetGeneratedKeys("load_id")
    long begin(@Bind("delivery") String delivery, @Bind("deliveryDate") LocalDate deliveryDate,
            @Bind("source") String source, @Bind("fileName") String fileName, @Bind("sha256") String sha256,
            @Bind("encoding") String encoding, @Bind("manifestRows") long manifestRows,
            @Bind("startedAt") LocalDateTime startedAt, @Bind("jobExecutionId") Long jobExecutionId);

    @SqlUpdate("UPDATE kz_file_load SET data_table = :table WHERE load_id = :loadId")
    void setTable(@Bind("loadId") long loadId, @Bind("table") String table);

    @SqlQuery("SELECT * FROM kz_file_load WHERE delivery = :delivery AND file_name = :fileName AND state = 'LOADED'")
    Optional<FileLoad> findLoaded(@Bind("delivery") String delivery, @Bind("fileName") String fileName);

    @SqlQuery("SELECT * FROM kz_file_load WHERE state = :state ORDER BY load_id")
    List<FileLoad> findByState(@Bind("state") String state);

    @SqlQuery("SELECT * FROM kz_file_load WHERE load_id = :loadId")
    Optional<FileLoad> find(@Bind("loadId") long loadId);

    @SqlQuery("SELECT * FROM kz_file_load WHERE job_execution_id = :id ORDER BY load_id")
    List<FileLoad> byJobExecution(@Bind("id") long jobExecutionId);

    /** The latest loaded snapshot of each government source delivered on or before a date (visits are no snapshots). */
    @SqlQuery("""
            SELECT f.* FROM kz_file_load f
            WHERE f.state = 'LOADED' AND f.delivery_date IS NOT NULL AND f.delivery_date <= :asOf
              AND f.source <> 'visits'
              AND NOT EXISTS (SELECT 1 FROM kz_file_load g
                              WHERE g.state = 'LOADED' AND g.source = f.source AND g.delivery_date IS NOT NULL
                                AND g.delivery_date <= :asOf AND g.delivery_date > f.delivery_date)
            ORDER BY f.source
            """)
    List<FileLoad> latestSnapshots(@Bind("asOf") LocalDate asOf);

    /** The loaded visits files of deliveries dated on or before a date, in delivery then file-name order. */
    @SqlQuery("""
            SELECT * FROM kz_file_load
            WHERE state = 'LOADED' AND source = 'visits' AND delivery_date <= :asOf
            ORDER BY delivery_date, file_name
            """)
    List<FileLoad> loadedVisits(@Bind("asOf") LocalDate asOf);

    @SqlUpdate("""
            UPDATE kz_file_load SET state = 'REPLACED', message = :message
            WHERE delivery = :delivery AND file_name = :fileName AND state = 'LOADED'
            """)
    int markReplaced(@Bind("delivery") String delivery, @Bind("fileName") String fileName,
            @Bind("message") String message);

    @SqlUpdate("""
            UPDATE kz_file_load
            SET state = :state, records = :records, loaded = :loaded, rejected = :rejected,
                rejects_by_reason = :rejectsByReason, finished_at = :finishedAt, seconds = :seconds,
                message = :message
            WHERE load_id = :loadId
            """)
    void finish(@Bind("loadId") long loadId, @Bind("state") String state, @Bind("records") long records,
            @Bind("loaded") long loaded, @Bind("rejected") long rejected,
            @Bind("rejectsByReason") String rejectsByReason, @Bind("finishedAt") LocalDateTime finishedAt,
            @Bind("seconds") BigDecimal seconds, @Bind("message") String message);

    @SqlUpdate("UPDATE kz_file_load SET state = 'ABANDONED', message = :message WHERE load_id = :loadId")
    void abandon(@Bind("loadId") long loadId, @Bind("message") String message);
}
