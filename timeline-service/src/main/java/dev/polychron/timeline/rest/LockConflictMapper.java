package dev.polychron.timeline.rest;

import dev.polychron.support.rest.Problem;
import io.quarkus.logging.Log;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A write that PostgreSQL chose as the victim of a lock conflict (a deadlock, a lock timeout) changed nothing: the
 * caller may send it again, so it is a 503 with Retry-After, not a 500.
 */
public class LockConflictMapper {

    private static final int RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class})
    public Response lockConflict(PersistenceException e) {
        Log.warnf("A request lost a lock conflict and changed nothing: %s", e.getMessage());
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "Another change to the timeline got in the way and this one changed nothing; try again")
                .toResponse().header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
