package io.khabar.query.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored article (table {@code article}, owned by the Flyway migrations in {@code db/migration}). */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "schema_version")
    public int schemaVersion;
    public String title;
    public String text;
    public String url;
    public String source;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "sort_time")
    public Instant sortTime;
    public String language;
    @Column(name = "language_confidence")
    public double languageConfidence;
    @Column(name = "language_reliable")
    public boolean languageReliable;
    @Column(name = "declared_language")
    public String declaredLanguage;
    @Column(name = "pipeline_version")
    public String pipelineVersion;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Column(name = "clean_text")
    public String cleanText;
    @Column(name = "publication_provenance")
    public String publicationProvenance;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
