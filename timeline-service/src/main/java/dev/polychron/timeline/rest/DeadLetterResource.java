package dev.polychron.timeline.rest;

import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.messaging.DeadLetterReplayer;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Operations on the dead-letter topics, for operators: not routed by the gateway, so only reachable where the
 * service's own port is (the cluster, or {@code kubectl port-forward}).
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(60);
    private static final long RETRY_AFTER_SECONDS = 10;

    private final DeadLetterReplayer replayer;

    public DeadLetterResource(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @POST
    @Path("replay")
    @Operation(summary = "Send the records of the dead-letter topics back to their topics, once the cause is fixed",
            description = "Replays each record once: the next replay starts where this one ended. Answers how many "
                    + "records went back per dead-letter topic.")
    public DeadLetterReplayer.Replay replay(
            @Parameter(description = "a dead-letter topic (repeatable); all of them when absent")
            @QueryParam("topic") List<String> topics) {
        List<String> chosen = topics == null || topics.isEmpty() ? DeadLetterReplayer.TOPICS : List.copyOf(topics);
        for (String topic : chosen) {
            if (!DeadLetterReplayer.TOPICS.contains(topic)) {
                throw ProblemException.badRequest("Unknown dead-letter topic " + topic + "; one of "
                        + DeadLetterReplayer.TOPICS);
            }
        }
        try {
            return replayer.replay(chosen, REPLAY_TIMEOUT);
        } catch (TimeoutException | ExecutionException e) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The dead letters could not be replayed now (" + e.getMessage() + "); nothing was committed, "
                            + "try again later", RETRY_AFTER_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "Interrupted", RETRY_AFTER_SECONDS);
        }
    }
}
