package dev.polychron.timeline.repository;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.OutboxEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The transactional outbox of timeline changes. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEntry> {

    /** True when this transaction is now the only relay; the lock is released at commit or rollback. */
    public boolean tryLockRelay() {
        return AdvisoryLock.RELAY.tryLock(getEntityManager());
    }

    /**
     * Appends entries in one JDBC batch. Their ids must follow the order of insertion across replicas (the relay
     * publishes by id), so they come from the identity column, and Hibernate would insert such rows one at a time.
     */
    public void append(List<OutboxEntry> entries) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox (event_id, change, payload, created_at) values (?, ?, ?, ?)")) {
                for (OutboxEntry entry : entries) {
                    insert.setString(1, entry.eventId);
                    insert.setString(2, entry.change.name());
                    insert.setString(3, entry.payload);
                    insert.setObject(4, entry.createdAt.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * An entry waiting to be published, read as a value: as entities, the relay's rows were dirty-checked and each
     * written back whole, its payload too, only to set their number and time.
     */
    public record Pending(long id, String eventId, TimelineUpdated.Change change, String payload) {
    }

    /** Up to {@code limit} unpublished entries, in the order they were appended. */
    public List<Pending> pending(int limit) {
        return getEntityManager().createQuery("select o.id, o.eventId, o.change, o.payload from OutboxEntry o"
                        + " where o.sequence is null order by o.id", Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Pending((Long) row[0], (String) row[1], (TimelineUpdated.Change) row[2],
                        (String) row[3]))
                .toList();
    }

    /** Gives the entries ({@code ids}) their {@code sequences}, one for one, and the time, in one statement. */
    public void markPublished(List<Long> ids, List<Long> sequences, Instant publishedAt) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update outbox o set sequence = n.sequence, published_at = ?
                    from unnest(?, ?) as n(id, sequence) where o.id = n.id""")) {
                update.setObject(1, publishedAt.atOffset(ZoneOffset.UTC));
                update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                update.setArray(3, connection.createArrayOf("bigint", sequences.toArray()));
                update.executeUpdate();
            }
        });
    }

    /** {@code count} new numbers of the global sequence, ascending, in one round trip. */
    @SuppressWarnings("unchecked")
    public List<Long> nextSequences(int count) {
        List<Number> values = getEntityManager().createNativeQuery(
                        "select nextval('timeline_sequence') from generate_series(1, :count)")
                .setParameter("count", count)
                .getResultList();
        return values.stream().map(Number::longValue).sorted().toList();
    }

    /** Published changes after {@code sequence}, in order. */
    public List<OutboxEntry> publishedAfter(long sequence, int limit) {
        return find("sequence > ?1 order by sequence", sequence).page(0, limit).list();
    }
}
