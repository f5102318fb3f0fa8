package dev.polychron.timeline.domain;

import dev.polychron.events.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entity mention in one document. */
@Entity
@Table(name = "entity_mention")
public class EntitySpan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_mention_ids")
    @SequenceGenerator(name = "entity_mention_ids", sequenceName = "entity_mention_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    public String text;
    @Enumerated(EnumType.STRING)
    public EntityType type;
    /** The entity the mention is shown under: {@link #extractedEntityId} after the registry's curation rules. */
    @Column(name = "entity_id")
    public String entityId;
    /** The entity id nlp-service gave the mention. */
    @Column(name = "extracted_entity_id")
    public String extractedEntityId;
    public double confidence;
}
