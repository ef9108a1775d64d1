-- A payment's sealed request and answer come to about 2.5 KB, over the 2 KB at which PostgreSQL moves a row's
-- largest values to its TOAST table: each exchange then cost a TOAST row and a TOAST index entry more (two of ~31
-- WAL records per payment), and a compression attempt that sealed bytes never pass. Rows up to a page (8,160 bytes,
-- the most allowed) now stay whole; larger payloads (batches) are still moved out as before.
alter table message_log_payload set (toast_tuple_target = 8160);
