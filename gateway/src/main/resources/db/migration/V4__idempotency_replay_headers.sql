-- What a replayed answer needs besides status and body (Content-Type, Location of a 202).
alter table idempotency_record add column response_headers text;
