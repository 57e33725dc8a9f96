-- Near-copies (issue 7): an article that is a near-copy of one seen before it points to the earliest of its group.
-- DuplicateAssigner decides, one page of articles at a time in stored order, under a cluster-wide advisory lock, so
-- that the result does not depend on how many instances run or in what order their transactions commit.

-- Each stored article as the assigner saw it: its MinHash signature (empty without one), the order it was first seen
-- in (assigned_seq, kept when it is enriched again, so that an article is only ever compared with those seen before
-- it), and its mark. The mark lives here, not in article, so that marking a copy writes one small row; marked_xid and
-- marked_seq order the changes of marks for the facet index, as stored_xid and stored_seq order the articles.
create sequence article_assigned_seq;
create sequence article_marked_seq;

create table article_fingerprint (
    article_id           text    primary key references article (id) on delete cascade,
    language             text    not null,
    scheme               text,
    signature            bytea   not null,
    assigned_seq         bigint  not null,
    duplicate_of         text,
    duplicate_similarity real,
    marked_xid           xid8    not null default pg_current_xact_id(),
    marked_seq           bigint  not null default nextval('article_marked_seq')
);

create index article_fingerprint_marked_idx on article_fingerprint (marked_xid, marked_seq);

-- Locality-sensitive hashing: one row per band of a signature; two articles sharing a band are compared.
create table article_band (
    band_key   bigint not null,
    article_id text   not null references article (id) on delete cascade,
    primary key (band_key, article_id)
);

create index article_band_article_idx on article_band (article_id);

-- Where an assigner stands in the stored order (ArticleStream's position).
create table assigner_position (
    name text   primary key,
    xid  xid8   not null,
    seq  bigint not null
);
