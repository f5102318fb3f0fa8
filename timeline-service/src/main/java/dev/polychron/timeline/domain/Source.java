package dev.polychron.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One sentence of one document that tells an event. */
@Entity
@Table(name = "event_source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_source_ids")
    @SequenceGenerator(name = "event_source_ids", sequenceName = "event_source_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "document_id")
    public String documentId;
    public String language;
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "sentence_end")
    public int sentenceEnd;
    public String sentence;
    @Column(name = "date_start")
    public int dateStart;
}
