package dev.polychron.timeline.domain;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An event candidate of a document: a dated body sentence, kept until the document is indexed. */
@Entity
@Table(name = "event_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_candidate_ids")
    @SequenceGenerator(name = "event_candidate_ids", sequenceName = "event_candidate_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "sentence_end")
    public int sentenceEnd;
    /** Loaded when read: merging reads the sentences it writes by id (see CandidateRepository#sentences). */
    @Basic(fetch = FetchType.LAZY)
    public String sentence;
    @Column(name = "date_start")
    public int dateStart;
    @Column(name = "date_end")
    public int dateEnd;
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
    /** Space-separated, sorted entity ids, after the registry's curation rules. */
    @Column(name = "entity_ids")
    public String entityIds;
    /** Space-separated, sorted entity ids as nlp-service gave them. */
    @Column(name = "extracted_entity_ids")
    public String extractedEntityIds;

    public List<String> extractedEntityIdList() {
        return ids(extractedEntityIds);
    }

    /** The ids of a space-separated list, as {@link #entityIds} holds them. */
    public static List<String> ids(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.split(" "));
    }
}
