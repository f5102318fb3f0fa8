package dev.polychron.nlpservice.rest;

/** A text to analyse, its language if known (BCP 47) and the moment relative dates refer to (ISO). */
public record AnalyzeRequest(String text, String language, String referenceDate) {
}
