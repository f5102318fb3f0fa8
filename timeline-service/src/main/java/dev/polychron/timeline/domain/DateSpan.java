package dev.polychron.timeline.domain;

import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One date mention in one document. */
@Entity
@Table(name = "date_mention")
public class DateSpan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "date_mention_ids")
    @SequenceGenerator(name = "date_mention_ids", sequenceName = "date_mention_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    public String text;
    public String value;
    @Enumerated(EnumType.STRING)
    public Granularity granularity;
    @Enumerated(EnumType.STRING)
    public Modifier modifier;
    @Column(name = "range_end")
    public String rangeEnd;
    @Column(name = "in_references")
    public boolean inReferences;
}
