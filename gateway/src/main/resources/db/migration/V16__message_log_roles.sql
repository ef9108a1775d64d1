-- Least privilege (docs/operations/message-log-integrity.md): the gateway connects as a member of jamsostek_gateway,
-- which may change every table but only INSERT and SELECT the message log; the purge of months past their retention
-- connects as a member of jamsostek_message_log_purge, which may only SELECT and DELETE the log. The owner of the
-- tables (the role that runs these migrations) is neither. Roles belong to the whole cluster: they are made once,
-- by whichever database migrates first (this needs CREATEROLE; without it, an administrator makes them beforehand).
do $$
declare
    name text;
begin
    foreach name in array array['jamsostek_gateway', 'jamsostek_message_log_purge'] loop
        begin
            if not exists (select from pg_roles where rolname = name) then
                execute format('create role %I nologin', name);
            end if;
        exception when duplicate_object or unique_violation then
            null; -- another database's migration made it at the same moment
        end;
    end loop;
end $$;

-- the gateway: every table, now and later (default privileges of the role that migrates), but not the migrations'
-- own history
grant select, insert, update, delete on all tables in schema public to jamsostek_gateway;
grant usage, select, update on all sequences in schema public to jamsostek_gateway;
alter default privileges in schema public grant select, insert, update, delete on tables to jamsostek_gateway;
alter default privileges in schema public grant usage, select, update on sequences to jamsostek_gateway;
revoke all on table "${flyway:table}" from jamsostek_gateway;

-- the message log: what is written stays written
revoke update, delete, truncate on message_log, message_log_payload, message_log_anchor from jamsostek_gateway;
grant select, delete on message_log, message_log_payload, message_log_anchor to jamsostek_message_log_purge;
