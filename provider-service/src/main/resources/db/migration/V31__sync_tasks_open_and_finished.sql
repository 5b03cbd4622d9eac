-- The outbox in two partitions by status: the open tasks the workers claim, and the finished ones
-- kept as the sync history. In one table, every claim walked the due tasks' index past the entries
-- finished tasks had left in it, and with millions of rows kept VACUUM skips the index pass that
-- would remove them (dead rows under 2 % of the pages): measured, 11 ms and 3,800 buffers a claim
-- with 5,000,000 delivered tasks kept, delivery at 0.80 of its rate with none (docs/BENCHMARKS.md).
-- Now the claims read only the open partition, which stays small, so VACUUM clears it whole and fast.
-- A task is finished by deleting it from the open partition and inserting it into the parent
-- (Outbox.finishing), never by an UPDATE of its status, which would move the row and make a
-- transaction waiting to lock it fail instead of finding it gone.
--
-- Each partition has its own primary key (PostgreSQL's would have to include the status); the ids
-- stay unique because they all come from the one sequence. For the same reason an attempt no longer
-- references its task by a foreign key: attempts are written only by the outbox, for a task it holds.

-- The table as it stands becomes the finished partition, so that an upgrade moves only the open tasks,
-- however long the history (copying it all took 1 min 54 s for 1,000,000 tasks, 3 GB).
ALTER TABLE sync_attempts DROP CONSTRAINT sync_attempts_task_id_fkey;
ALTER TABLE sync_tasks RENAME TO sync_tasks_finished;
ALTER TABLE sync_tasks_finished RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold,
                                       autovacuum_analyze_scale_factor, autovacuum_analyze_threshold);
ALTER INDEX sync_tasks_unfinished RENAME TO sync_tasks_finished_unfinished;
ALTER INDEX sync_tasks_learner RENAME TO sync_tasks_finished_learner;
ALTER INDEX sync_tasks_status RENAME TO sync_tasks_finished_status;
ALTER INDEX sync_tasks_due RENAME TO sync_tasks_finished_due;
ALTER INDEX sync_tasks_connection_waiting RENAME TO sync_tasks_finished_connection_waiting;

-- The same columns in the same order, with their defaults (the id's from the same sequence).
CREATE TABLE sync_tasks (LIKE sync_tasks_finished INCLUDING DEFAULTS) PARTITION BY LIST (status);
ALTER TABLE sync_tasks ADD FOREIGN KEY (provider_id) REFERENCES providers (id),
                       ADD FOREIGN KEY (fanout_id) REFERENCES sync_fanouts (id);
ALTER SEQUENCE sync_tasks_id_seq OWNED BY sync_tasks.id;

-- A queue: inserted, updated once or twice, then moved out. Vacuum and analyze it after a few thousand
-- changes rather than after a fifth of the table (the setting V9 gave the whole table).
CREATE TABLE sync_tasks_open PARTITION OF sync_tasks (PRIMARY KEY (id))
    FOR VALUES IN ('PENDING', 'RETRYING', 'BLOCKED')
    WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
          autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
INSERT INTO sync_tasks SELECT * FROM sync_tasks_finished WHERE status IN ('PENDING', 'RETRYING', 'BLOCKED');
DELETE FROM sync_tasks_finished WHERE status IN ('PENDING', 'RETRYING', 'BLOCKED');

-- Insert-only from now on: PostgreSQL's defaults vacuum it after each fifth of new rows. The check
-- spares the attachment a second scan of the history; its primary key and foreign keys stay its own.
ALTER TABLE sync_tasks_finished ADD CONSTRAINT sync_tasks_finished_status
    CHECK (status IN ('DELIVERED', 'SKIPPED', 'REFUSED'));
ALTER TABLE sync_tasks ATTACH PARTITION sync_tasks_finished FOR VALUES IN ('DELIVERED', 'SKIPPED', 'REFUSED');

-- The indexes V5, V8 and V10 made, now on both partitions: the finished partition's own are attached,
-- not built again. The partial ones stay empty there once VACUUM has been.
CREATE INDEX sync_tasks_unfinished ON sync_tasks (learner_id, id) WHERE status IN ('PENDING', 'RETRYING', 'BLOCKED');
CREATE INDEX sync_tasks_learner ON sync_tasks (provider_id, learner_id, id);
CREATE INDEX sync_tasks_status ON sync_tasks (provider_id, status);
CREATE INDEX sync_tasks_due ON sync_tasks (id) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX sync_tasks_connection_waiting ON sync_tasks (connection_id) WHERE status IN ('PENDING', 'RETRYING');

ANALYZE sync_tasks_open;
