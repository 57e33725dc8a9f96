-- Stories (issue 7): every article belongs to one story, a set of articles about one real-world event. StoryAssigner
-- decides, in the same stored-order pages and under the same cluster-wide advisory lock as the near-copies, so that
-- the stories do not depend on how many instances run. Two articles are linked when they were published within the
-- window of each other, do not name different main actors, and are alike enough in words (cosine of their story-term
-- vectors) or in entities (StoryMatcher); a story is a connected set of linked articles (single link), so it grows, and two stories merge when an
-- article links them.

create table story (
    id            text        primary key,
    -- the order stories were made in: when two merge, the older survives
    created_seq   bigint      not null,
    first_seen    timestamptz not null,
    last_seen     timestamptz not null,
    -- members that are not near-copies of another (a copy is kept and shown, but counted once)
    article_count integer     not null,
    member_count  integer     not null,
    languages     text[]      not null,
    updated_at    timestamptz not null default now()
);

create index story_last_seen_idx on story (last_seen desc, id desc);

-- An article's story, the evidence it was linked by, and its story-term vector for comparing later articles.
create table article_story (
    article_id text        primary key references article (id) on delete cascade,
    story_id   text        not null,
    linked_to  text,
    similarity real,
    language   text        not null,
    sort_time  timestamptz not null,
    duplicate  boolean     not null,
    scheme     text        not null,
    terms      text[]      not null,
    weights    real[]      not null,
    -- the canonical entities, most mentioned first, with their counts and types (StoryEntities)
    entity_ids    text[]   not null,
    entity_counts integer[] not null,
    entity_types  text[]   not null
);

create index article_story_story_idx on article_story (story_id, sort_time desc, article_id desc);

-- The candidates' index: an article's 16 heaviest terms and 8 most mentioned entities below a country (hashed), by
-- publication time.
create table story_term (
    term       bigint      not null,
    sort_time  timestamptz not null,
    article_id text        not null references article (id) on delete cascade,
    primary key (term, sort_time, article_id)
);

create index story_term_article_idx on story_term (article_id);

-- A story merged into another: its id still leads to the survivor.
create table story_alias (
    id      text primary key,
    into_id text not null
);

-- The outbox of the stories topic: written in the assigner's transaction, sent and deleted by StoryEventRelay.
create table story_event (
    seq        bigserial   primary key,
    story_id   text        not null,
    type       text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now()
);
