-- The operators' console lists the latest batches and reconciliation runs; both tables only grow.
create index batch_created_at on batch (created_at desc);
create index reconciliation_run_created_at on reconciliation_run (created_at desc);
