-- Refused admin calls and failed sign-ins are audited beside the actions: the subject when a token or session named
-- one (a call without the role), none when nobody was authenticated (no or a bad token, a failed sign-in), and why.
-- Only the path is kept, never the query (a sign-in callback's code and state) nor a token.
alter table operator_action alter column subject drop not null;
alter table operator_action add column refused text
    check (refused in ('unauthenticated', 'forbidden', 'sign_in_failed'));

create index operator_action_refused_at on operator_action (at) where refused is not null;
