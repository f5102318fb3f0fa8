package dev.polychron.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polychron.ingest.config.IngestConfig;
import dev.polychron.ingest.service.DocumentUpload;
import dev.polychron.support.rest.IsoDateTimes;
import dev.polychron.support.rest.LanguageTags;
import dev.polychron.support.rest.ProblemException;
import dev.polychron.support.rest.StrictJson;
import dev.polychron.support.rest.TextChecks;
import dev.polychron.support.rest.UploadRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.OffsetDateTime;

/** Reads an upload body (JSON, plain text or HTML) into a validated {@link DocumentUpload}, or rejects it. */
@ApplicationScoped
public class UploadParser {

    private static final char BYTE_ORDER_MARK = '\ufeff';

    private final IngestConfig config;
    private final ObjectMapper json;

    public UploadParser(IngestConfig config, ObjectMapper objectMapper) {
        this.config = config;
        this.json = StrictJson.mapper(objectMapper);
    }

    public DocumentUpload parse(MediaType type, byte[] body) {
        if (body.length > config.maxDocumentBytes()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The body has " + body.length + " bytes; the limit is " + config.maxDocumentBytes());
        }
        if (type == null) {
            throw unsupported("none");
        }
        String subtype = type.getType() + "/" + type.getSubtype();
        return switch (subtype) {
            case MediaType.APPLICATION_JSON -> fromJson(body);
            case MediaType.TEXT_PLAIN -> validated(UploadRequest.ofText(withoutByteOrderMark(decode(body, type))));
            case MediaType.TEXT_HTML -> validated(UploadRequest.ofText(HtmlText.extract(decode(body, type))));
            default -> throw unsupported(subtype);
        };
    }

    private DocumentUpload fromJson(byte[] body) {
        decode(body, MediaType.APPLICATION_JSON_TYPE);
        return validated(StrictJson.read(json, body, UploadRequest.class));
    }

    private DocumentUpload validated(UploadRequest request) {
        if (request.text() != null && request.html() != null) {
            throw ProblemException.badRequest("Send the document as text or as html, not both");
        }
        String text = request.html() == null ? TextChecks.requireText("document text", request.text())
                : TextChecks.requireText("text of the html",
                        HtmlText.extract(TextChecks.requireText("html", request.html())));
        return new DocumentUpload(text, title(request.title()), url(request.url()), LanguageTags.parse("language", request.language()),
                publishedAt(request.publishedAt()));
    }

    private String title(String title) {
        if (title != null) {
            TextChecks.requireWellFormed("title", title);
        }
        if (title != null && title.length() > config.maxTitleLength()) {
            throw ProblemException.badRequest("The title has " + title.length() + " characters; the limit is "
                    + config.maxTitleLength());
        }
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw ProblemException.badRequest("The url must be an absolute http or https URL: " + url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("The url is not a URL: " + e.getMessage());
        }
    }

    private static OffsetDateTime publishedAt(String value) {
        return value == null || value.isBlank() ? null : IsoDateTimes.parse("publishedAt", value);
    }

    /** A byte order mark says how the bytes are encoded; it is not part of the text the offsets index. */
    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static String decode(byte[] body, MediaType type) {
        Charset charset = charset(type);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid " + charset.name() + " text");
        }
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unknown charset " + name);
        }
    }

    private static ProblemException unsupported(String type) {
        return new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content type " + type
                + " is not accepted; send application/json, text/plain or text/html");
    }
}
