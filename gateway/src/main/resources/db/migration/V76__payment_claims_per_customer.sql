-- A payment is posted on the customer's open bill, which the core names on its receipt: the gateway no longer knows
-- the bill when it accepts a payment. What kept a bill from being paid twice through the gateway is kept this way:
-- one payment at a time is on its way to the core per customer number, whatever the bank (a customer has one open
-- bill); a bill is posted once; and a payment promised to a bank while the core could not answer holds the bill its
-- inquiry showed, which no other promise may hold.
drop index bank_payment_one_in_flight_per_va;
create unique index bank_payment_one_in_flight_per_customer on bank_payment (customer_no) where state = 'ACCEPTED';

drop index bank_payment_once_per_bill;
create unique index bank_payment_posted_once_per_bill on bank_payment (bill_id) where state = 'POSTED';
create unique index bank_payment_promised_once_per_bill on bank_payment (bill_id)
    where state = 'ACCEPTED' and bill_id is not null;
