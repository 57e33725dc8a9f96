-- The tags of enrichment as tables that make the common questions cheap: which articles mention an entity, are in a
-- country or topic, match words; the JSONB payload stays the complete record.

alter table article
    add column clean_text             text,
    add column publication_provenance text,
    -- the text-search configuration the article was indexed with (german, english, ..., simple)
    add column search_config          text,
    add column tsv                    tsvector;

create index article_tsv_idx on article using gin (tsv);
create index article_source_idx on article (lower(source), sort_time desc, id desc);

-- One row per canonical entity, with the span of time it has been seen in.
create table entity (
    id         text primary key,
    type       text        not null,
    name       text        not null,
    country    text,
    first_seen timestamptz not null,
    last_seen  timestamptz not null
);

create extension if not exists pg_trgm;

-- Every name and spelling of an entity, per language; name_key is the search form (see SearchText.key).
create table entity_name (
    entity_id text not null references entity (id) on delete cascade,
    language  text not null,
    name      text not null,
    name_key  text not null,
    primary key (entity_id, language, name)
);

create index entity_name_key_idx on entity_name using gin (name_key gin_trgm_ops);
create index entity_name_exact_idx on entity_name (name_key);

-- Which entities an article mentions, how often; sort_time copied so that "articles of this entity, newest first"
-- is one index range.
create table article_entity (
    article_id text        not null references article (id) on delete cascade,
    entity_id  text        not null,
    mentions   integer     not null,
    sort_time  timestamptz not null,
    primary key (article_id, entity_id)
);

create index article_entity_entity_idx on article_entity (entity_id, sort_time desc, article_id desc);

-- Every mention, with its offsets in the article's text and, for people, the role it was given.
create table mention (
    article_id   text    not null references article (id) on delete cascade,
    ordinal      integer not null,
    entity_id    text    not null,
    type         text    not null,
    start_offset integer not null,
    end_offset   integer not null,
    surface      text    not null,
    confidence   real    not null,
    evidence     text,
    role         jsonb,
    primary key (article_id, ordinal)
);

-- Countries an article is about: the countries it mentions and those of the places and bodies it mentions.
create table article_country (
    article_id text        not null references article (id) on delete cascade,
    country    text        not null,
    sort_time  timestamptz not null,
    primary key (article_id, country)
);

create index article_country_idx on article_country (country, sort_time desc, article_id desc);

create table article_topic (
    article_id text        not null references article (id) on delete cascade,
    topic      text        not null,
    label      text,
    parent     text,
    score      real        not null,
    sort_time  timestamptz not null,
    primary key (article_id, topic)
);

create index article_topic_idx on article_topic (topic, sort_time desc, article_id desc);

create table quotation (
    article_id    text    not null references article (id) on delete cascade,
    ordinal       integer not null,
    kind          text    not null,
    start_offset  integer not null,
    end_offset    integer not null,
    speaker_id    text,
    confidence    real    not null,
    quote         text    not null,
    primary key (article_id, ordinal)
);

create index quotation_speaker_idx on quotation (speaker_id);

create table keyword (
    article_id text not null references article (id) on delete cascade,
    key        text not null,
    phrase     text not null,
    score      real not null,
    primary key (article_id, key)
);
