-- How the gateway calls a bank as a SNAP client (the bank-hosted status 26 and report 35, with the bank's B2B token
-- 73): optional, one row per bank that has given us credentials. The client secret is the one the bank gave us,
-- sealed like the inbound one with the key-encryption key; its associated data is '<partner id>#outbound', so it
-- never opens as the bank's inbound secret or the other way round.
create table bank_outbound (
    partner_id               text primary key references bank_partner (partner_id) on delete cascade,
    base_url                 text not null check (base_url ~ '^https?://'),
    client_key               text not null,
    client_secret_ciphertext bytea not null,
    kek_id                   text not null,
    x_partner_id             text not null check (length(x_partner_id) between 1 and 36),
    channel_id               text not null check (channel_id ~ '^[0-9]{1,5}$'),
    report_method            text not null check (report_method in ('GET', 'POST'))
);
