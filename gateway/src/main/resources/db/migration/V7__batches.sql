-- One batch machinery for every channel: village enrollments (V5) and employee registrations share the tables,
-- told apart by kind. subject says what a batch is about where a partner acts for several (an employer's
-- division, "NPP/division"); village batches have none. Row outcomes become the channels' common ones: CREATED
-- (enrolled, registered), EXISTING (already a participant, already an employee); each channel words them its own
-- way when it answers. Village rows keep their outbox kind ENROLLMENT_ROW, so rows still pending are worked on.
alter table enrollment_batch rename to batch;
alter index enrollment_batch_pkey rename to batch_pkey;
alter table batch rename constraint enrollment_batch_partner_id_fkey to batch_partner_id_fkey;
alter table batch rename constraint enrollment_batch_total_check to batch_total_check;

alter table batch add column kind text not null default 'VILLAGE_ENROLLMENT'
    constraint batch_kind_check check (kind in ('VILLAGE_ENROLLMENT', 'EMPLOYEE_REGISTRATION'));
alter table batch alter column kind drop default;
alter table batch add column subject text;

alter table enrollment_batch_row rename to batch_row;
alter index enrollment_batch_row_pkey rename to batch_row_pkey;
alter index enrollment_batch_row_batch_id_row_index_key rename to batch_row_batch_id_row_index_key;
alter table batch_row rename constraint enrollment_batch_row_batch_id_fkey to batch_row_batch_id_fkey;

alter table batch_row drop constraint enrollment_batch_row_outcome_check;
update batch_row set outcome = case outcome when 'ENROLLED' then 'CREATED' else 'EXISTING' end
 where outcome in ('ENROLLED', 'ALREADY_PARTICIPANT');
alter table batch_row add constraint batch_row_outcome_check
    check (outcome in ('PENDING', 'CREATED', 'EXISTING', 'REJECTED'));
