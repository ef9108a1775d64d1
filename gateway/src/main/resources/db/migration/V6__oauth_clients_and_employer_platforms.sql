-- One OAuth2 client registration for every partner kind of the REST APIs (village software, employer and payroll
-- platforms): the credentials move out of village_partner, which keeps only what is a village's (its regions).
-- scopes: what the client may ask for at the token endpoint (all of its kind unless the registration narrows it).
create table oauth_client (
    partner_id               text primary key references partner (id) on delete cascade,
    client_id                text not null unique,
    client_secret_ciphertext bytea,
    kek_id                   text,
    jwt_public_key_pem       text,
    scopes                   text[] not null check (cardinality(scopes) > 0),
    check (client_secret_ciphertext is not null or jwt_public_key_pem is not null),
    check ((client_secret_ciphertext is null) = (kek_id is null))
);

insert into oauth_client (partner_id, client_id, client_secret_ciphertext, kek_id, jwt_public_key_pem, scopes)
select partner_id, client_id, client_secret_ciphertext, kek_id, jwt_public_key_pem,
       array['village.enroll', 'village.read', 'village.bill']
  from village_partner;

alter table village_partner
    drop column client_id,
    drop column client_secret_ciphertext,
    drop column kek_id,
    drop column jwt_public_key_pem;

-- Employer HR and payroll platforms: bound to the employers they may act for, each grant "NPP/division" or
-- "NPP/*" (every division of the NPP).
create table employer_platform (
    partner_id text primary key references partner (id) on delete cascade,
    grants     text[] not null check (cardinality(grants) > 0)
);
