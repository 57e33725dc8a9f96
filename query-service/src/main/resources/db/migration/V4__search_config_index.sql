-- Which text-search configurations are in use is asked of this index (SearchConfigs), one probe per configuration.
create index article_search_config_idx on article (search_config);
