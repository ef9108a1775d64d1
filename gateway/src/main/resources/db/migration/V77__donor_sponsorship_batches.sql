-- Donors sponsor participants in batches through the same batch machinery as villages, employers and agents.
alter table batch drop constraint batch_kind_check;
alter table batch add constraint batch_kind_check
    check (kind in ('VILLAGE_ENROLLMENT', 'EMPLOYEE_REGISTRATION', 'AGENT_ENROLLMENT', 'DONOR_SPONSORSHIP'));
