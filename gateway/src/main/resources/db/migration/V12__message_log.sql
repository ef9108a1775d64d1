-- The message log (README "Message log"): every exchange at the edge, one hash chain per instance and Jakarta
-- month. No foreign keys between the three tables, so that a month can be dropped (or a table partitioned by
-- month) table by table; the verifier finds a payload or entry missing on its own.
create table message_log (
    instance_id     text        not null,
    month           text        not null,  -- YYYY-MM, Asia/Jakarta
    seq             bigint      not null,  -- 1, 2, 3... within (instance_id, month)
    logged_at       timestamptz not null,
    partner_id      text,
    route_id        text        not null,
    method          text        not null,
    path            text        not null,  -- without the query string (that is in the sealed payload only)
    status          integer     not null,
    request_sha256  bytea       not null,
    response_sha256 bytea       not null,
    prev_hash       bytea       not null,  -- entry_hash of seq - 1; 32 zero bytes for seq 1
    entry_hash      bytea       not null,  -- SHA-256 over the canonical encoding of every column above
    primary key (instance_id, month, seq)
);

-- What each exchange carried, AES-256-GCM under the archive key ring; the associated data binds each part to its
-- entry (instance_id, month, seq, request|response)
create table message_log_payload (
    instance_id text   not null,
    month       text   not null,
    seq         bigint not null,
    key_id      text   not null,
    request     bytea  not null,  -- nonce (12 bytes) + ciphertext + tag
    response    bytea  not null,
    primary key (instance_id, month, seq)
);

-- Signed heads: (instance_id, month, seq, entry_hash, anchored_at, key_id) under SHA256withRSA
create table message_log_anchor (
    instance_id text        not null,
    month       text        not null,
    seq         bigint      not null,
    entry_hash  bytea       not null,
    anchored_at timestamptz not null,
    key_id      text        not null,
    signature   bytea       not null,
    primary key (instance_id, month, seq)
);
