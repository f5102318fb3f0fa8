package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.OutboxEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The transactional outbox of timeline changes. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEntry> {

    /** True when this transaction is now the only relay; the lock is released at commit or rollback. */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(8, 0)")
                .getSingleResult();
    }

    public List<OutboxEntry> pending(int limit) {
        return find("sequence is null order by id").page(0, limit).list();
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
