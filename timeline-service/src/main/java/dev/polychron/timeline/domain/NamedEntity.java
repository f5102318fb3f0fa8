package dev.polychron.timeline.domain;

import dev.polychron.events.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canonical entity of the registry: one real thing, whatever language names it. */
@Entity
@Table(name = "entity")
public class NamedEntity {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public EntityType type;
    @Column(name = "mention_count")
    public int mentionCount;
}
