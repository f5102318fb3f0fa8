package dev.polychron.nlpservice.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.events.Annotations;
import dev.polychron.nlp.Analysis;
import dev.polychron.nlp.dates.DatePreference;
import dev.polychron.nlpservice.config.AnalyzeConfig;
import dev.polychron.nlpservice.service.AnalysisService;
import dev.polychron.support.rest.IsoDateTimes;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.Problem;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.support.rest.RequestBodies;
import dev.polychron.support.rest.StrictJson;
import dev.polychron.support.rest.TextChecks;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Synchronous analysis of a text: its entity and date mentions, nothing stored. */
@Path(AnalyzeResource.PATH)
public class AnalyzeResource {

    static final String PATH = "/analyze";
    /** How much of an unknown preference a problem quotes back. */
    private static final int SHOWN_VALUE_LENGTH = 40;

    private final AnalysisService analysis;
    private final AnalyzeConfig config;
    private final AnalyzeGate gate;
    private final ObjectMapper json;

    public AnalyzeResource(AnalysisService analysis, AnalyzeConfig config, AnalyzeGate gate, ObjectMapper json) {
        this.analysis = analysis;
        this.config = config;
        this.gate = gate;
        this.json = StrictJson.mapper(json);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the dates and entities of a text without storing it")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalyzeRequest.class)))
    @APIResponse(responseCode = "200", description = "The mentions, with offsets into the text",
            content = @Content(schema = @Schema(implementation = Annotations.class)))
    @APIResponse(responseCode = "400", description = "Empty, malformed or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Text longer than the limit")
    @APIResponse(responseCode = "503", description = "Busy with other analyses; retry after the given seconds")
    public Annotations analyze(InputStream body) {
        AnalyzeRequest request = StrictJson.read(json, RequestBodies.readAtMost(body, maxBodyBytes(config)),
                AnalyzeRequest.class);
        String text = TextChecks.requireText("text", request.text());
        if (text.length() > config.maxTextLength()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The text has " + text.length()
                    + " characters; the limit is " + config.maxTextLength());
        }
        OffsetDateTime reference = request.referenceDate() == null || request.referenceDate().isBlank()
                ? null
                : IsoDateTimes.parse("referenceDate", request.referenceDate());
        String language = LanguageTags.parse("language", request.language());
        DatePreference preference = preference(request.prefer());
        Analysis result = gate.run(() -> analysis.analyze(text, language, reference, preference));
        return new Annotations(result.language(), result.entities(), result.dates());
    }

    /** The preference {@code value} names in any case, {@code nearest} when it names none. */
    static DatePreference preference(String value) {
        if (value == null || value.isBlank()) {
            return DatePreference.NEAREST;
        }
        try {
            return DatePreference.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
            throw ProblemException.badRequest("prefer must be one of " + Arrays.stream(DatePreference.values())
                    .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ": " + shown);
        }
    }

    /** The largest body a text of the longest allowed length can take: six bytes a character (JSON's \\uXXXX). */
    static long maxBodyBytes(AnalyzeConfig config) {
        return 6L * config.maxTextLength() + 4096;
    }
}
