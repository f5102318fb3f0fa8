package dev.polychron.events;

/** Names of the Kafka topics that connect the services. */
public final class Topics {

    public static final String DOCUMENTS_RAW = "documents.raw";
    public static final String NLP_ENTITIES = "nlp.entities";
    public static final String NLP_DATES = "nlp.dates";
    public static final String TIMELINE_EVENTS = "timeline.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
