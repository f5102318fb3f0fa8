package dev.polychron.timeline.domain;

import dev.polychron.events.TimelineUpdated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A change to the timeline committed with the change itself, waiting to be published on timeline.events. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public String eventId;
    @Enumerated(EnumType.STRING)
    public TimelineUpdated.Change change;
    /** The event as JSON, null when deleted. */
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    public Long sequence;
    @Column(name = "published_at")
    public Instant publishedAt;
}
