package io.khabar.query.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.khabar.query.entity.ArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reading stored articles (they are written by {@link ArticleWriter} and {@link TagWriter}). */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {
}
