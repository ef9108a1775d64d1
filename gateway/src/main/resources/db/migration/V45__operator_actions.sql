-- Every call an operator makes to the admin API (and every action of the console), with the subject the identity
-- provider vouched for: who, when, from where, what, and how it ended. Partner changes keep their detailed trail in
-- partner_audit as well; this table answers "what did this person do" across the whole admin surface.
create table operator_action (
    id             bigserial primary key,
    at             timestamptz not null default now(),
    subject        text not null check (length(subject) between 1 and 200),
    roles          text not null,
    method         text not null,
    path           text not null,
    status         integer not null,
    client_address text not null
);

create index operator_action_subject_at on operator_action (subject, at);
