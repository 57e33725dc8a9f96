-- The tag and assigner tables no longer declare a foreign key to article. Each such key made PostgreSQL run a trigger
-- for every row inserted (about forty an article: mentions, entities, countries, topics, keywords, quotations, story
-- terms, bands, fingerprint, story), and each trigger looked the article up and locked its row (FOR KEY SHARE); the
-- assigner's transaction, which is not the one that wrote the article, so rewrote every article's heap page a second
-- time. Without them, bench-query stored 875 articles a second from a backlog instead of 747-777 and 608 from the
-- start of publishing instead of 544-565 (60,000 articles; query-service README, "Storage without foreign keys").
--
-- What the keys guarded still holds by construction: TagWriter writes an article's tags in the transaction that
-- writes the article (ArticleWriter), the assigners write only for articles they read from article, and the service
-- never deletes an article. (Deleting one by hand was never supported: the cascade removed its tags but left its
-- story's figures and the facet index's row as they were.)
alter table article_entity drop constraint article_entity_article_id_fkey;
alter table mention drop constraint mention_article_id_fkey;
alter table article_country drop constraint article_country_article_id_fkey;
alter table article_topic drop constraint article_topic_article_id_fkey;
alter table quotation drop constraint quotation_article_id_fkey;
alter table keyword drop constraint keyword_article_id_fkey;
alter table article_fingerprint drop constraint article_fingerprint_article_id_fkey;
alter table article_band drop constraint article_band_article_id_fkey;
alter table article_story drop constraint article_story_article_id_fkey;
alter table story_term drop constraint story_term_article_id_fkey;
