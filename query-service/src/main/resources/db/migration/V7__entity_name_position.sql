-- Where a name stands in the enrichment's list of the entity's names in its language: 0 is the knowledge base's
-- canonical name ("Viktor Khrenin" before "Khrenin"), an article's own spellings come after. A response shows an
-- entity by its first name in the language asked for (lang), so the order matters. Rows stored before this column
-- existed keep the last place and are ordered by length among themselves.
alter table entity_name add column position smallint not null default 32767;
