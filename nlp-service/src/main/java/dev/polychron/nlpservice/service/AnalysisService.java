package dev.polychron.nlpservice.service;

import dev.polychron.events.DatesExtracted;
import dev.polychron.events.DocumentIngested;
import dev.polychron.events.EntitiesExtracted;
import dev.polychron.nlp.Analysis;
import dev.polychron.nlp.TextAnalyzer;
import dev.polychron.nlp.dates.DatePreference;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Runs nlp-core over a document and shapes the result as the nlp.* payloads. */
@ApplicationScoped
public class AnalysisService {

    private final TextAnalyzer analyzer;
    private final Clock clock = Clock.systemUTC();

    public AnalysisService(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Analyses text without storing anything, reading the dates it leaves open on the preferred side. */
    public Analysis analyze(String text, String language, OffsetDateTime reference, DatePreference preference) {
        LocalDateTime anchor = reference == null ? LocalDateTime.now(clock) : reference.toLocalDateTime();
        return analyzer.analyze(text, language, anchor, preference);
    }

    /** The analysis of an ingested document, anchored at its publication time or else its arrival. */
    public Results analyze(DocumentIngested document) {
        OffsetDateTime reference = document.publishedAt() != null
                ? document.publishedAt()
                : document.receivedAt().atOffset(ZoneOffset.UTC);
        Analysis analysis = analyze(document.text(), document.languageHint(), reference, DatePreference.NEAREST);
        Instant now = clock.instant();
        var entities = new EntitiesExtracted(derivedId(document, "entities"), now, EntitiesExtracted.SCHEMA_VERSION,
                document.documentId(), analysis.language(), analysis.entities());
        var dates = new DatesExtracted(derivedId(document, "dates"), now, DatesExtracted.SCHEMA_VERSION,
                document.documentId(), analysis.language(), analysis.dates(), analysis.candidates(),
                analysis.bodyFingerprint());
        return new Results(entities, dates);
    }

    /** Output ids follow from the input's id, so a redelivered document yields payloads consumers already saw. */
    private static String derivedId(DocumentIngested document, String kind) {
        return UUID.nameUUIDFromBytes((document.eventId() + "/" + kind).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Both payloads made from one document. */
    public record Results(EntitiesExtracted entities, DatesExtracted dates) {
    }
}
