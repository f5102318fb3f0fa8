package dev.polychron.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

import java.time.LocalDate;

/**
 * A row of {@link Event#entityIds} read with its event's start date, which the database copies beside it (migration
 * V16): an entity's events come in date order from one index. Only read; events write these rows.
 */
@Entity
@Immutable
@IdClass(EntityEvent.Key.class)
@Table(name = "event_entity")
public class EntityEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Id
    @Column(name = "entity_id")
    public String entityId;
    /** Read as a LocalDate by the driver: through java.sql.Date a day before the common era loses its era. */
    @Column(name = "date_from")
    @JdbcType(LocalDateJdbcType.class)
    public LocalDate dateFrom;

    public record Key(String eventId, String entityId) {
    }
}
