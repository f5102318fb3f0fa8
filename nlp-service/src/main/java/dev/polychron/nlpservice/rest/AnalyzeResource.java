package dev.polychron.nlpservice.rest;

import dev.polychron.events.Annotations;
import dev.polychron.nlp.Analysis;
import dev.polychron.nlpservice.config.AnalyzeConfig;
import dev.polychron.nlpservice.service.AnalysisService;
import dev.polychron.support.rest.IsoDateTimes;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;

/** Synchronous analysis of a text: its entity and date mentions, nothing stored. */
@Path("/analyze")
public class AnalyzeResource {

    private final AnalysisService analysis;
    private final AnalyzeConfig config;

    public AnalyzeResource(AnalysisService analysis, AnalyzeConfig config) {
        this.analysis = analysis;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the dates and entities of a text without storing it")
    public Annotations analyze(AnalyzeRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("The text is empty");
        }
        if (request.text().length() > config.maxTextLength()) {
            throw ProblemException.badRequest("The text has " + request.text().length()
                    + " characters; the limit is " + config.maxTextLength());
        }
        OffsetDateTime reference = request.referenceDate() == null || request.referenceDate().isBlank()
                ? null
                : IsoDateTimes.parse("referenceDate", request.referenceDate());
        Analysis result = analysis.analyze(request.text(), LanguageTags.parse("language", request.language()),
                reference);
        return new Annotations(result.language(), result.entities(), result.dates());
    }
}
