-- The order in which articles were stored, for the resumable stream of new articles: the storing transaction's id
-- and a sequence number. A reader takes only rows of transactions older than every transaction still running
-- (pg_snapshot_xmin), so that a transaction committing late can never slip in behind a position already passed.
create sequence article_stored_seq;

alter table article
    add column stored_xid xid8   not null default pg_current_xact_id(),
    add column stored_seq bigint not null default nextval('article_stored_seq');

create index article_stored_idx on article (stored_xid, stored_seq);
