package dev.polychron.timeline.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ids of messages already applied, so that a redelivered message changes nothing. */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager em;

    public ProcessedEventRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the id; answers false when it was already recorded (the message is a duplicate). */
    public boolean markProcessed(String eventId) {
        return em.createNativeQuery("insert into processed_event (event_id) values (:id) on conflict do nothing")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
