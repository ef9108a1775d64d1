-- Bank payments (SNAP service 25). A payment is committed here before any success answer leaves, and its
-- delivery to the core goes through the outbox. payment_key = sha256(partner | virtualAccountNo |
-- paymentRequestId) is also the Idempotency-Key toward the core, so whatever repeats, the core posts it once.
create table bank_payment (
    id                 uuid primary key default gen_random_uuid(),
    payment_key        text not null unique,
    partner_id         text not null references partner (id),
    company_code       text not null,
    customer_no        text not null,
    virtual_account_no text not null,
    payment_request_id text not null,
    holder_name_masked text,
    bill_id            text,
    bill_details       text,
    amount             numeric(18, 2) not null check (amount > 0),
    currency           text not null check (currency = 'IDR'),
    state              text not null check (state in ('ACCEPTED', 'POSTED', 'REJECTED', 'REFUND_DUE')),
    promised           text check (promised in ('00', '02')),
    rejection          text,
    core_payment_id    text,
    accepted_at        timestamptz not null default now(),
    posted_at          timestamptz,
    updated_at         timestamptz not null default now()
);

-- A bill is paid at most once, whatever the bank or the ids; and one payment at a time is on its way to the
-- core per virtual account (covers bills the gateway could not read while the core was down).
create unique index bank_payment_once_per_bill on bank_payment (bill_id)
    where bill_id is not null and state in ('ACCEPTED', 'POSTED');
create unique index bank_payment_one_in_flight_per_va on bank_payment (company_code, customer_no)
    where state = 'ACCEPTED';

-- What each bank last saw of a virtual account at inquiry: lets a payment be checked when the core is down.
create table bill_snapshot (
    partner_id         text not null references partner (id),
    virtual_account_no text not null,
    bill_id            text not null,
    total_amount       numeric(18, 2) not null,
    status             text not null,
    holder_name_masked text not null,
    bill_details       text not null,
    fetched_at         timestamptz not null default now(),
    primary key (partner_id, virtual_account_no)
);

-- The transactional outbox: work for the core, drained by a relay that runs on every instance. A row is
-- leased (lease_owner, lease_until) while one instance works on it; a dead instance's lease runs out.
create table outbox (
    id              bigserial primary key,
    kind            text not null,
    aggregate_id    uuid not null,
    state           text not null check (state in ('PENDING', 'DONE', 'DEAD')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_owner     text,
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    done_at         timestamptz
);

create index outbox_due on outbox (next_attempt_at) where state = 'PENDING';
create unique index outbox_one_open_per_aggregate on outbox (kind, aggregate_id) where state <> 'DONE';

-- Money to give back: a payment the bank was told was accepted that the core later rejected.
create table payment_exception (
    id          bigserial primary key,
    payment_id  uuid not null unique references bank_payment (id),
    reason      text not null,
    refund_to   text not null references partner (id),
    amount      numeric(18, 2) not null,
    state       text not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    created_at  timestamptz not null default now(),
    closed_at   timestamptz,
    closed_by   text,
    note        text
);
