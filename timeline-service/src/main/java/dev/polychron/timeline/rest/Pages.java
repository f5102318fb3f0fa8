package dev.polychron.timeline.rest;

import dev.polychron.events.TimelineEvent;
import dev.polychron.events.TimelineUpdated;
import dev.polychron.support.rest.UploadRequest;

import java.util.List;

/** The page shapes of the list endpoints; {@code nextCursor} is null on the last page. */
public final class Pages {

    private Pages() {
    }

    public record DocumentPage(List<DocumentView> documents, String nextCursor) {
    }

    public record UploadPage(List<UploadRequest> uploads, String nextCursor) {
    }

    public record TimelinePage(List<TimelineEvent> events, String nextCursor) {
    }

    public record EntityPage(List<EntityView> entities, String nextCursor) {
    }

    public record ChangePage(List<TimelineUpdated> changes) {
    }
}
