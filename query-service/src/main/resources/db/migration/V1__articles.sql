-- One row per article id: the newest enrichment of it (older ones never overwrite newer ones).
create table article (
    id                  text primary key,
    event_id            text        not null,
    schema_version      integer     not null,
    title               text,
    text                text        not null,
    url                 text,
    source              text,
    published_at        timestamptz,
    received_at         timestamptz not null,
    -- publication time when known, else reception time: the order of "newest first"
    sort_time           timestamptz not null,
    language            text        not null,
    language_confidence double precision not null,
    language_reliable   boolean     not null,
    declared_language   text,
    pipeline_version    text,
    enriched_at         timestamptz not null,
    -- the whole enriched event, so that nothing enrichment adds is lost before the schema catches up
    payload             jsonb       not null,
    stored_at           timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create index article_sort_idx on article (sort_time desc, id desc);
create index article_language_sort_idx on article (language, sort_time desc, id desc);
