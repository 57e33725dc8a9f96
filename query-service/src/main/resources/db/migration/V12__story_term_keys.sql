-- An article's story-term vector is kept as its terms' 64-bit keys (StoryTerms.key, the keys story_term already
-- indexes) instead of the terms' text: the assigner reads every candidate's vector back and compares it with the
-- page's articles, and as text[] the vectors were the largest part of what it read and of its own CPU time (decoding
-- the strings, then a map of them for every comparison). Rows written before this migration keep their terms and no
-- keys; the assigner computes the keys of those as it reads them.
alter table article_story add column term_keys bigint[];
alter table article_story alter column terms drop not null;
