package dev.polychron.bench;

/** One file of the converted peer suites, with how its rows are scored. */
public enum Suite {
    DATES("date-cases.jsonl", Scoring.LONGEST_MENTION),
    RECOGNIZERS("recognizers-date-cases.jsonl", Scoring.LONGEST_MENTION),
    AMBIGUOUS("recognizers-ambiguous-cases.jsonl", Scoring.LONGEST_MENTION),
    OPEN_INTERVALS("open-interval-cases.jsonl", Scoring.LONGEST_MENTION),
    NEGATIVES("negative-cases.jsonl", Scoring.NO_MENTION),
    RECOGNIZERS_NEGATIVES("recognizers-negative-cases.jsonl", Scoring.NO_MENTION),
    SEARCH("search-cases.jsonl", Scoring.RECALL),
    DOCUMENTS("document-cases.jsonl", Scoring.RECALL);

    /** How the rows of a file pass. */
    public enum Scoring {
        LONGEST_MENTION, NO_MENTION, RECALL
    }

    private final String file;
    private final Scoring scoring;

    Suite(String file, Scoring scoring) {
        this.file = file;
        this.scoring = scoring;
    }

    public String file() {
        return file;
    }

    public Scoring scoring() {
        return scoring;
    }
}
