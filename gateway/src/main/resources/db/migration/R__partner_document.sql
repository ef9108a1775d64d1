-- The admin API's document of a partner (GET /admin/v1/partners/{id}), as one JSON value. Repeatable: Flyway
-- re-creates the view whenever this file changes, after every versioned migration, so a change to the document is
-- an edit here, never another versioned redefinition. Secrets never appear: only whether one is set.
create or replace view partner_document as
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
           'clientSecret', case when b.kek_id is null and c.kek_id is null and c.client_secret_hash is null
                                then 'none' else 'set' end,
           'previousSecretValidUntil', coalesce(b.previous_secret_expires_at, c.previous_secret_expires_at),
           'previousPublicKeyValidUntil', coalesce(b.previous_public_key_expires_at,
                                                   c.previous_jwt_public_key_expires_at),
           'companyCodes', to_jsonb(b.company_codes),
           'channelIds', to_jsonb(b.channel_ids),
           'ipAllowlist', to_jsonb(b.ip_allowlist),
           'profile', case when b.partner_id is not null then jsonb_build_object(
               'pathPrefix', b.path_prefix,
               'deadline', b.deadline_ms || 'ms',
               'repeatedPayment', b.repeated_payment,
               'unknownOutcome', b.unknown_outcome,
               'maxBillLines', b.max_bill_lines) end,
           'outbound', case when o.partner_id is not null then jsonb_build_object(
               'baseUrl', o.base_url,
               'clientKey', o.client_key,
               'partnerId', o.x_partner_id,
               'channelId', o.channel_id,
               'reportMethod', o.report_method) end,
           'scopes', to_jsonb(c.scopes),
           'regions', to_jsonb(v.region_scopes),
           'grants', to_jsonb(e.grants),
           'payerKind', y.payer_kind,
           'payerId', y.payer_id,
           'mtls', p.mtls,
           'clientCertificates', (select jsonb_agg(jsonb_build_object('sha256', pc.sha256, 'notAfter', pc.not_after)
                                                   order by pc.sha256)
                                    from partner_certificate pc where pc.partner_id = p.id))) as document
  from partner p
  left join bank_partner b on b.partner_id = p.id
  left join bank_outbound o on o.partner_id = p.id
  left join oauth_client c on c.partner_id = p.id
  left join village_partner v on v.partner_id = p.id
  left join employer_platform e on e.partner_id = p.id
  left join payer_partner y on y.partner_id = p.id;
