-- Partner lifecycle (README "Partners through the admin API"): who manages a partner, a rotated secret's overlap, the
-- audit of every change, and one definition of what a partner looks like without its secrets.

-- FILE: the partner file sets the partner at every start; ADMIN_API: only the admin API changes it.
alter table partner
    add column managed_by text not null default 'FILE' check (managed_by in ('FILE', 'ADMIN_API'));

-- After a rotation the previous secret still opens until previous_secret_expires_at (the overlap); sealed like the
-- current one, under the same associated data.
alter table bank_partner
    add column previous_secret_ciphertext bytea,
    add column previous_kek_id            text,
    add column previous_secret_expires_at timestamptz,
    add check ((previous_secret_ciphertext is null) = (previous_kek_id is null)
               and (previous_secret_ciphertext is null) = (previous_secret_expires_at is null));

alter table oauth_client
    add column previous_secret_ciphertext bytea,
    add column previous_kek_id            text,
    add column previous_secret_expires_at timestamptz,
    add check ((previous_secret_ciphertext is null) = (previous_kek_id is null)
               and (previous_secret_ciphertext is null) = (previous_secret_expires_at is null));

-- Who changed what and when; `changes` never holds a secret. partner_id is null for changes of no one partner
-- (a key-encryption key re-seal). No foreign key: the trail outlives what it describes.
create table partner_audit (
    id         bigserial primary key,
    partner_id text,
    operator   text not null check (length(operator) between 1 and 200),
    action     text not null,
    changes    jsonb not null,
    at         timestamptz not null default now()
);

create index partner_audit_partner on partner_audit (partner_id, id);

-- A partner as the admin API shows it and as the audit compares it: every setting, never a secret. One definition
-- for the JDBC bootstrap and the reactive admin API alike.
create view partner_document as
select p.id, p.kind, p.managed_by,
       jsonb_strip_nulls(jsonb_build_object(
           'id', p.id,
           'kind', p.kind,
           'name', p.display_name,
           'enabled', p.enabled,
           'managedBy', p.managed_by,
           'createdAt', p.created_at,
           'clientKey', b.client_key,
           'clientId', c.client_id,
           'publicKeyPem', coalesce(b.public_key_pem, c.jwt_public_key_pem),
           'clientSecret', case when coalesce(b.kek_id, c.kek_id) is null then 'none' else 'set' end,
           'previousSecretValidUntil', coalesce(b.previous_secret_expires_at, c.previous_secret_expires_at),
           'companyCodes', to_jsonb(b.company_codes),
           'channelIds', to_jsonb(b.channel_ids),
           'ipAllowlist', to_jsonb(b.ip_allowlist),
           'profile', case when b.partner_id is not null then jsonb_build_object(
               'pathPrefix', b.path_prefix,
               'deadline', b.deadline_ms || 'ms',
               'repeatedPayment', b.repeated_payment,
               'unknownOutcome', b.unknown_outcome) end,
           'outbound', case when o.partner_id is not null then jsonb_build_object(
               'baseUrl', o.base_url,
               'clientKey', o.client_key,
               'partnerId', o.x_partner_id,
               'channelId', o.channel_id,
               'reportMethod', o.report_method) end,
           'scopes', to_jsonb(c.scopes),
           'regions', to_jsonb(v.region_scopes),
           'grants', to_jsonb(e.grants))) as document
  from partner p
  left join bank_partner b on b.partner_id = p.id
  left join bank_outbound o on o.partner_id = p.id
  left join oauth_client c on c.partner_id = p.id
  left join village_partner v on v.partner_id = p.id
  left join employer_platform e on e.partner_id = p.id;
