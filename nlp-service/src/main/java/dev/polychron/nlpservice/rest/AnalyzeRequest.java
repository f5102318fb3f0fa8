package dev.polychron.nlpservice.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text to analyse, its language if known (BCP 47), the moment relative dates refer to (ISO) and which side of it
 * the dates the text leaves open fall on ({@code nearest}, the default, {@code past} or {@code future}).
 */
public record AnalyzeRequest(String text, String language, String referenceDate,
                             @Schema(enumeration = {"nearest", "past", "future"}, defaultValue = "nearest")
                             String prefer) {
}
