package dev.polychron.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies strictly: an unknown field, or a number or boolean where text belongs, is an error the
 * sender should hear about, and every failure is a 400 problem that says what was wrong.
 */
public final class StrictJson {

    private static final List<CoercionInputShape> NOT_TEXT = List.of(CoercionInputShape.Integer,
            CoercionInputShape.Float, CoercionInputShape.Boolean);

    private StrictJson() {
    }

    /** A strict copy of {@code base}, which is left as it was. */
    public static ObjectMapper mapper(ObjectMapper base) {
        ObjectMapper strict = base.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        NOT_TEXT.forEach(shape -> strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape,
                CoercionAction.Fail));
        return strict;
    }

    /** The record {@code type} that {@code body} holds; a 400 problem for anything else. */
    public static <T extends Record> T read(ObjectMapper strict, byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ProblemException.badRequest("The body is empty; send a JSON object with " + fields(type));
        }
        try {
            T value = strict.readValue(body, type);
            if (value == null) {
                throw ProblemException.badRequest("The JSON body is null; send an object with " + fields(type));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("Unknown field \"" + e.getPropertyName() + "\"; accepted fields are "
                    + fields(type));
        } catch (StreamConstraintsException e) {
            throw ProblemException.badRequest("The JSON exceeds a parser limit: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.badRequest("Unreadable body: " + e.getMessage());
        }
    }

    private static String fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.joining(", "));
    }
}
