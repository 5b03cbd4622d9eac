-- The outbox is a queue: each task is inserted, updated once or twice, then only read. Every update
-- leaves an entry in the due-tasks index that only VACUUM removes, and claims walk that index past
-- them (measured: 155 ms per claim with 340,000 delivered tasks not yet vacuumed). Vacuum and analyze
-- it after a few thousand changes rather than after a fifth of the table.
ALTER TABLE sync_tasks SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                            autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
