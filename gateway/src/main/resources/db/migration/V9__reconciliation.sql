-- Daily three-way reconciliation per bank: what the bank reports, what the gateway acknowledged, what the core
-- posted. A run keeps its counts; each break its cause and whose it is to settle, until an operator closes it.
create table reconciliation_run (
    id               uuid primary key default gen_random_uuid(),
    partner_id       text not null references partner (id),
    business_date    date not null,
    source           text not null check (source in ('CSV', 'SNAP_REPORT')),
    bank_lines       integer not null,
    gateway_payments integer not null,
    matched          integer not null,
    redriven         integer not null,
    created_at       timestamptz not null default now()
);

create table reconciliation_break (
    id                 bigserial primary key,
    run_id             uuid not null references reconciliation_run (id) on delete cascade,
    cause              text not null,
    ours               boolean not null,
    payment_key        text,
    payment_request_id text not null,
    virtual_account_no text not null,
    bank_amount        numeric(15, 2),
    gateway_amount     numeric(15, 2),
    state              text not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    closed_by          text,
    closed_at          timestamptz,
    note               text
);

create index reconciliation_break_open on reconciliation_break (run_id) where state = 'OPEN';
-- a bank's payments of a day, as reconciliation reads them
create index bank_payment_partner_day on bank_payment (partner_id, accepted_at);
