package dev.polychron.timeline.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;

/** An uploaded document and its processing status. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public String id;
    public String sha256;
    public String title;
    public String url;
    @Column(name = "language_hint")
    public String languageHint;
    public String language;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    /** Loaded when read: lists, near-duplicate checks and the consumers' locks need every column but this one. */
    @Basic(fetch = FetchType.LAZY)
    public String text;
    @Column(name = "duplicate_of")
    public String duplicateOf;
    @Column(name = "entities_done")
    public boolean entitiesDone;
    @Column(name = "dates_done")
    public boolean datesDone;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "body_fingerprint")
    public Long bodyFingerprint;
    /** When nlp-service made the entity analysis now stored. */
    @Column(name = "entities_analyzed_at")
    public Instant entitiesAnalyzedAt;
    /** When nlp-service made the date analysis now stored. */
    @Column(name = "dates_analyzed_at")
    public Instant datesAnalyzedAt;
    /** When the indexer last merged it; null until it is first indexed. */
    @Column(name = "indexed_at")
    public Instant indexedAt;

    public boolean isAnalyzed() {
        return entitiesDone && datesDone;
    }

    /** When the analysis now stored was complete: the older of its two halves; null until both are stored. */
    public Instant analyzedAt() {
        return entitiesAnalyzedAt == null || datesAnalyzedAt == null ? null
                : entitiesAnalyzedAt.isBefore(datesAnalyzedAt) ? entitiesAnalyzedAt : datesAnalyzedAt;
    }
}
