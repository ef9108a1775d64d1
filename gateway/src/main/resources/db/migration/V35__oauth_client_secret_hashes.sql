-- An OAuth client secret is only ever verified, never used as a key (unlike a bank's SNAP secret, which signs
-- HMACs): the gateway keeps it as a slow one-way hash (PBKDF2-HMAC-SHA256, "pbkdf2-sha256$iterations$salt$hash"),
-- no longer sealed. Sealed secrets of existing clients cannot be hashed here (the key-encryption key is not in the
-- database): the gateway hashes them at start, before it serves (PartnerWriter.hashSealedClientSecrets), and clears
-- their ciphertext; the ciphertext columns stay for that step only. The partner document (R__partner_document.sql)
-- says 'set' for a hash.
alter table oauth_client
    add column client_secret_hash text,
    add column previous_secret_hash text;

-- V6 and V11 named no constraints: those that say a client has a sealed secret or a key, and that the previous
-- secret goes with the end of its overlap, are replaced by ones that know hashes
do $$
declare
    name text;
begin
    for name in select conname from pg_constraint
                 where conrelid = 'oauth_client'::regclass and contype = 'c'
                   and (pg_get_constraintdef(oid) like '%previous_secret_expires_at%'
                        or pg_get_constraintdef(oid) like '%jwt_public_key_pem IS NOT NULL%')
    loop
        execute format('alter table oauth_client drop constraint %I', name);
    end loop;
end $$;

alter table oauth_client
    add constraint oauth_client_secret_or_key check
        (client_secret_hash is not null or client_secret_ciphertext is not null or jwt_public_key_pem is not null),
    add constraint oauth_client_previous_secret check
        ((previous_secret_ciphertext is null) = (previous_kek_id is null)
         and (previous_secret_expires_at is null)
             = (previous_secret_ciphertext is null and previous_secret_hash is null)),
    add constraint oauth_client_secret_hash_form check
        (client_secret_hash ~ '^pbkdf2-sha256\$[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$'
         and (previous_secret_hash is null
              or previous_secret_hash ~ '^pbkdf2-sha256\$[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$'));
