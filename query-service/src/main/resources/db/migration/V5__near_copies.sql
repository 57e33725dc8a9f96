-- Near-copies (issue 7): an article that is a near-copy of one seen before it points to the earliest of its group.
-- DuplicateAssigner decides, one article at a time in stored order, under a cluster-wide advisory lock, so that the
-- result does not depend on how many instances run or in what order their transactions commit.
alter table article
    add column duplicate_of         text,
    add column duplicate_similarity real;

-- Each article's MinHash signature as the assigner saw it; assigned_seq is the order it was first seen in, which a
-- later re-enrichment keeps, so that an article is only ever compared with those seen before it.
create table article_fingerprint (
    article_id   text    primary key references article (id) on delete cascade,
    language     text    not null,
    scheme       text    not null,
    signature    bytea   not null,
    assigned_seq bigint  not null
);

create sequence article_assigned_seq;

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
