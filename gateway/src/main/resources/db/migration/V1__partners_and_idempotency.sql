-- Partners of the three channels. Secrets are stored only encrypted with a key-encryption key (KEK) that
-- lives outside the database; kek_id names which KEK, so KEKs can rotate.
create table partner (
    id           text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    kind         text not null check (kind in ('BANK', 'VILLAGE', 'EMPLOYER')),
    display_name text not null,
    enabled      boolean not null default true,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create table bank_partner (
    partner_id               text primary key references partner (id) on delete cascade,
    client_key               text not null unique,
    public_key_pem           text not null,
    client_secret_ciphertext bytea not null,
    kek_id                   text not null,
    company_codes            text[] not null check (cardinality(company_codes) > 0),
    channel_ids              text[] not null,
    ip_allowlist             text[] not null,
    path_prefix              text not null default '' check (path_prefix ~ '^(/[A-Za-z0-9._~-]+)*$'),
    deadline_ms              integer not null check (deadline_ms between 100 and 60000),
    repeated_payment         text not null check (repeated_payment in ('REPLAY', 'INCONSISTENT_REQUEST')),
    unknown_outcome          text not null check (unknown_outcome in ('ACCEPT', 'PENDING'))
);

-- One claim per (partner, scope, key): SNAP X-EXTERNAL-IDs (scope = service and Jakarta day) and, later, the
-- Idempotency-Key header of the partner REST APIs share this table and its rules.
create table idempotency_record (
    partner_id      text not null references partner (id),
    scope           text not null,
    idem_key        text not null,
    fingerprint     bytea not null,
    state           text not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    response_status integer,
    response_body   bytea,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    expires_at      timestamptz not null,
    primary key (partner_id, scope, idem_key)
);

create index idempotency_record_expiry on idempotency_record (expires_at);
