-- Village administration software: OAuth2 clients bound to the region codes they serve (one village, or a
-- district or regency prefix). A client authenticates with its secret (sealed like bank secrets) or with a JWT
-- signed by its registered key (private_key_jwt), or both.
create table village_partner (
    partner_id               text primary key references partner (id) on delete cascade,
    client_id                text not null unique,
    client_secret_ciphertext bytea,
    kek_id                   text,
    jwt_public_key_pem       text,
    region_scopes            text[] not null check (cardinality(region_scopes) > 0),
    check (client_secret_ciphertext is not null or jwt_public_key_pem is not null),
    check ((client_secret_ciphertext is null) = (kek_id is null))
);
