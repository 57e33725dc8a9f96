-- Full-text matches go through one GIN index over the configuration and the words together (btree_gin indexes the
-- text column), so that "search_config = 'german' and tsv @@ query" is a single index scan with an exact answer. With
-- a GIN index over tsv alone, the planner ANDed each configuration's matches with the bitmap of every article of that
-- configuration from article_search_config_idx (48,000 rows for German in the benchmark's 100,000): 4 of the 4.5 ms
-- that a rare German word's ids took, against 1.1 ms now (query-service README, "Words index"). The plain index on
-- search_config stays for SearchConfigs' probe of the configurations in use.
create extension if not exists btree_gin;
create index article_words_idx on article using gin (search_config, tsv);
drop index article_tsv_idx;
