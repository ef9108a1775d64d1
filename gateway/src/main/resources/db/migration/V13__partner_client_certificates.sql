-- Mutual TLS per partner (README "TLS and mutual TLS"). A partner's connections may present a client certificate;
-- REQUIRED partners must present one of theirs on every request. A certificate is pinned by the SHA-256 of its DER
-- encoding (what `openssl x509 -noout -fingerprint -sha256` prints) and belongs to one partner only, so that the
-- certificate of one partner used with the credentials of another is recognised and refused.
alter table partner
    add column mtls text not null default 'OPTIONAL' check (mtls in ('OPTIONAL', 'REQUIRED'));

create table partner_certificate (
    sha256     text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    partner_id text not null references partner (id) on delete cascade,
    -- the certificate's own expiry, when it was registered as a PEM; null when only its fingerprint was given
    not_after  timestamptz,
    created_at timestamptz not null default now()
);

create index partner_certificate_partner on partner_certificate (partner_id);
