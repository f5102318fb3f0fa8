package dev.polychron.nlp;

import dev.polychron.events.DateMention;
import dev.polychron.events.EntityMention;
import dev.polychron.nlp.candidates.EventCandidateExtractor;
import dev.polychron.nlp.dates.DateExtractor;
import dev.polychron.nlp.dates.DatePreference;
import dev.polychron.nlp.dates.RuleBasedDateExtractor;
import dev.polychron.nlp.entities.EntityExtractor;
import dev.polychron.nlp.entities.MultilingualEntityExtractor;
import dev.polychron.nlp.language.LanguageIdentifier;
import dev.polychron.nlp.text.BodyFingerprint;
import dev.polychron.nlp.text.ReferenceSections;
import dev.polychron.nlp.text.SentenceSplitter;
import dev.polychron.nlp.text.Span;
import dev.polychron.nlp.text.SpanSet;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The whole analysis of one text: language, body and reference parts, sentences, dates, entities, candidates. */
public final class TextAnalyzer {

    private final LanguageIdentifier languages;
    private final ReferenceSections references = new ReferenceSections();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DateExtractor dates;
    private final EntityExtractor entities;
    private final EventCandidateExtractor candidates = new EventCandidateExtractor();

    public TextAnalyzer() {
        this(new LanguageIdentifier(), new RuleBasedDateExtractor(), new MultilingualEntityExtractor());
    }

    public TextAnalyzer(LanguageIdentifier languages, DateExtractor dates, EntityExtractor entities) {
        this.languages = languages;
        this.dates = dates;
        this.entities = entities;
    }

    /**
     * Analyses {@code text}.
     *
     * @param languageHint a BCP 47 tag the caller knows, or null to detect the language
     * @param reference    the moment relative dates are resolved against; null means now
     */
    public Analysis analyze(String text, String languageHint, LocalDateTime reference) {
        return analyze(text, languageHint, reference, DatePreference.NEAREST);
    }

    /**
     * Analyses {@code text}, reading the dates it leaves open on the side {@code preference} gives.
     *
     * @param languageHint a BCP 47 tag the caller knows, or null to detect the language
     * @param reference    the moment relative dates are resolved against; null means now
     */
    public Analysis analyze(String text, String languageHint, LocalDateTime reference, DatePreference preference) {
        LocalDateTime anchor = reference == null ? LocalDateTime.now() : reference;
        String language = languageHint == null || languageHint.isBlank()
                ? languages.identify(text)
                : Locale.forLanguageTag(languageHint).toLanguageTag();
        List<Span> nonBodySpans = references.find(text, language);
        SpanSet nonBody = SpanSet.of(nonBodySpans);
        List<Span> sentenceSpans = sentences.split(text, language);
        List<DateMention> dateMentions = dates.extract(text, language, anchor, preference).stream()
                .map(d -> inReferences(d, nonBody))
                .toList();
        List<Span> dateSpans = dateMentions.stream().map(d -> new Span(d.start(), d.end())).toList();
        List<EntityMention> entityMentions = entities.extract(text, language, sentenceSpans, dateSpans).stream()
                .filter(e -> !nonBody.contains(e.start()))
                .toList();
        return new Analysis(language, entityMentions, dateMentions,
                candidates.extract(text, sentenceSpans, dateMentions, entityMentions),
                BodyFingerprint.of(text, nonBody));
    }

    private static DateMention inReferences(DateMention date, SpanSet nonBody) {
        boolean inReferences = nonBody.contains(date.start());
        return new DateMention(date.text(), date.start(), date.end(), date.value(), date.granularity(),
                date.modifier(), date.rangeEnd(), inReferences);
    }
}
