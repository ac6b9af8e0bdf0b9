-- The run lock in the database: two servers pointed at one database never run kz jobs at once.
-- The holder refreshes heartbeat_at while it runs; a lock whose holder died (same host, process gone) or
-- whose heartbeat is older than the expiry is taken over by the next run, which says so.
CREATE TABLE kz_run_lock (
    lock_name    VARCHAR(32)  PRIMARY KEY,
    holder       VARCHAR(200) NOT NULL,  -- host, pid and command
    host         VARCHAR(100) NOT NULL,
    pid          BIGINT       NOT NULL,
    acquired_at  TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);
