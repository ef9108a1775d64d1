insert into bench_insert (payload) values ('bench payload of roughly the size of a payment row');
