package dev.polychron.ingest.rest;

/**
 * The JSON body of an upload: {@code text}, or {@code html} whose readable text becomes the document; every other
 * field is optional.
 */
public record UploadRequest(String text, String html, String title, String url, String language,
                            String publishedAt) {

    static UploadRequest ofText(String text) {
        return new UploadRequest(text, null, null, null, null, null);
    }
}
