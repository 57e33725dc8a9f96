-- The article row's large values (the texts, the JSONB payload, the tsvector) are kept out of line in TOAST, and
-- compressed there with pglz by default: a fifth of the cost of writing an article row (2,000 of the benchmark's rows
-- inserted alone into a copy of this table: 1.40-1.53 s with pglz, 1.17-1.19 s with lz4, 1.14-1.22 s uncompressed;
-- query-service README, "Compression of the article row"), and the article upsert is over half of PostgreSQL's
-- statement time while storing. So: lz4 where the server is built with it (it compresses about as well as pglz, for
-- about the CPU of not compressing at all); where it is not (the embedded server's binaries), no compression: the
-- values stay out of line, uncompressed, which costs disk instead of CPU. Either way only values written from now on
-- are affected.
do $$
begin
    alter table article alter column text set compression lz4, alter column clean_text set compression lz4,
        alter column payload set compression lz4, alter column tsv set compression lz4;
exception when feature_not_supported then
    alter table article alter column text set storage external, alter column clean_text set storage external,
        alter column payload set storage external, alter column tsv set storage external;
end $$;
