-- Some banks show at most a few bill detail lines (5, say): a bank's profile may cap them, the rest folded into one
-- line with the same total (docs/domain.md section 5). Null: every line, as before.
alter table bank_partner
    add column max_bill_lines integer check (max_bill_lines between 2 and 25);
