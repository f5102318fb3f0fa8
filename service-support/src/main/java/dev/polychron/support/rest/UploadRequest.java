package dev.polychron.support.rest;

/**
 * The JSON body of an upload: {@code text}, or {@code html} whose readable text becomes the document; every other
 * field is optional. Also what timeline-service gives back of a stored document, to upload it again (reprocess).
 */
public record UploadRequest(String text, String html, String title, String url, String language,
                            String publishedAt) {

    public static UploadRequest ofText(String text) {
        return new UploadRequest(text, null, null, null, null, null);
    }
}
