package dev.polychron.support.rest;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Reads BCP 47 language tags users send ({@code vi}, {@code el}, {@code en-GB}). */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The normalised tag, or null for none; a malformed tag is a 400 naming {@code field}. */
    public static String parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(value.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ProblemException.badRequest(field + " is not a BCP 47 language tag: " + value);
        }
    }
}
