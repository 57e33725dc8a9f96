-- A topic's label in every language the enrichment's taxonomy has one in (the payload's topics[].labels), so that a
-- response names a topic in the language asked for (lang), as it names entities; article_topic.label (the article's
-- own language) is the fallback. The latest label seen wins: a taxonomy may rename a topic.
create table topic_label (
    topic    text not null,
    language text not null,
    label    text not null,
    primary key (topic, language)
);
