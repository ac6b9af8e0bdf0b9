package kuozhong.status;

import java.time.LocalDateTime;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The last run and the last success of every job, read from Spring Batch's tables in two queries. */
public interface RunHistoryDao {

    /** The last run of one job: its outcome, times and counts summed over its steps. */
    record LastRun(String jobName, long jobExecutionId, String status, LocalDateTime startTime,
            LocalDateTime endTime, long readCount, long writeCount, long filterCount) {
    }

    /** When a job last completed. */
    record LastSuccess(String jobName, LocalDateTime endTime) {
    }

    @SqlQuery("""
            SELECT i.job_name, e.job_execution_id, e.status, e.start_time, e.end_time,
                   COALESCE((SELECT SUM(s.read_count) FROM batch_step_execution s
                             WHERE s.job_execution_id = e.job_execution_id), 0) AS read_count,
                   COALESCE((SELECT SUM(s.write_count) FROM batch_step_execution s
                             WHERE s.job_execution_id = e.job_execution_id), 0) AS write_count,
                   COALESCE((SELECT SUM(s.filter_count) FROM batch_step_execution s
                             WHERE s.job_execution_id = e.job_execution_id), 0) AS filter_count
            FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            WHERE e.job_execution_id = (SELECT MAX(e2.job_execution_id) FROM batch_job_execution e2
                                        JOIN batch_job_instance i2 ON i2.job_instance_id = e2.job_instance_id
                                        WHERE i2.job_name = i.job_name)
            ORDER BY i.job_name
            """)
    @RegisterConstructorMapper(LastRun.class)
    List<LastRun> lastRuns();

    @SqlQuery("""
            SELECT i.job_name, MAX(e.end_time) AS end_time
            FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            WHERE e.status = 'COMPLETED'
            GROUP BY i.job_name ORDER BY i.job_name
            """)
    @RegisterConstructorMapper(LastSuccess.class)
    List<LastSuccess> lastSuccesses();
}
