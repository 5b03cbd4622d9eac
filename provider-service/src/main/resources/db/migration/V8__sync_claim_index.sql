-- The claim walks due tasks in id order and stops after a batch of learners' heads: with this index
-- it touches only unfinished tasks, however many have been delivered before.
CREATE INDEX sync_tasks_due ON sync_tasks (id) WHERE status IN ('PENDING', 'RETRYING');
