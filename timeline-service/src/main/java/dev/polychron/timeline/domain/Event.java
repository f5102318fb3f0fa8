package dev.polychron.timeline.domain;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A merged timeline event: one happening, on one date, told by one or more source sentences. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    public String id;
    @Column(name = "date_value")
    public String dateValue;
    @Enumerated(EnumType.STRING)
    public Granularity granularity;
    @Enumerated(EnumType.STRING)
    public Modifier modifier;
    @Column(name = "range_end")
    public String rangeEnd;
    /** Read as a LocalDate by the driver: through java.sql.Date a day before the common era loses its era. */
    @Column(name = "date_from")
    @JdbcType(LocalDateJdbcType.class)
    public LocalDate dateFrom;
    @Column(name = "date_to")
    @JdbcType(LocalDateJdbcType.class)
    public LocalDate dateTo;
    public String summary;
    @Column(name = "summary_language")
    public String summaryLanguage;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_entity", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "entity_id")
    public Set<String> entityIds = new HashSet<>();
}
