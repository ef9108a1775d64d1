-- Payers beyond the public budgets (issue 15): donors (company CSR, zakat bodies, the GN Lingkaran movement) that
-- sponsor participants' months, and Perisai agents that register informal workers and collect from them. Each is an
-- OAuth2 client (oauth_client) of kind PAYER, bound to its id in the agency's register (payer_id): the core knows
-- the donor or agent by that id, so two partners never share one.
alter table partner drop constraint partner_kind_check;
alter table partner add constraint partner_kind_check check (kind in ('BANK', 'VILLAGE', 'EMPLOYER', 'PAYER'));

create table payer_partner (
    partner_id text primary key references partner (id) on delete cascade,
    payer_kind text not null check (payer_kind in ('DONOR', 'AGENT')),
    payer_id   text not null check (payer_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    unique (payer_kind, payer_id)
);
