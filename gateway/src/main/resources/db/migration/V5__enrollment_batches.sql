-- Batches of village enrollments: accepted whole (202), then each row enrolled at the core through the outbox
-- (kind ENROLLMENT_ROW), so a restart or a core outage resumes it and no row is enrolled twice (each row's key
-- toward the core is derived from the batch and its index). Rows hold personal data; they go with the batch.
create table enrollment_batch (
    id           uuid primary key default gen_random_uuid(),
    partner_id   text not null references partner (id),
    total        integer not null check (total > 0),
    created_at   timestamptz not null default now()
);

create table enrollment_batch_row (
    id        uuid primary key default gen_random_uuid(),
    batch_id  uuid not null references enrollment_batch (id) on delete cascade,
    row_index integer not null,
    request   jsonb not null,
    outcome   text not null check (outcome in ('PENDING', 'ENROLLED', 'ALREADY_PARTICIPANT', 'REJECTED')),
    kpj       text,
    problem   jsonb,
    unique (batch_id, row_index)
);
