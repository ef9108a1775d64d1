-- What the bank itself says about a payment whose outcome it was told was pending (SNAP status service 26):
-- PAID (it took the customer's money) or NOT_PAID (it did not, or reversed). A payment the bank did not pay is
-- CANCELLED before it reaches the core; one the core already posted lands in the exception list, to reverse there.
alter table bank_payment drop constraint bank_payment_state_check;
alter table bank_payment add constraint bank_payment_state_check
    check (state in ('ACCEPTED', 'POSTED', 'REJECTED', 'REFUND_DUE', 'CANCELLED'));
alter table bank_payment add column bank_verdict text check (bank_verdict in ('PAID', 'NOT_PAID'));
alter table bank_payment add column bank_checked_at timestamptz;
create index bank_payment_to_settle on bank_payment (accepted_at) where promised = '02' and bank_verdict is null;

-- what an exception asks of the operator: give the bank its money back, or undo a posting at the core
alter table payment_exception add column action text not null default 'REFUND'
    check (action in ('REFUND', 'REVERSE_AT_CORE'));
