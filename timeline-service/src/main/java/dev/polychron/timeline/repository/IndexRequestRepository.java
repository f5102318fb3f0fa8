package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.IndexRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The queue of documents waiting to be indexed. */
@ApplicationScoped
public class IndexRequestRepository implements PanacheRepository<IndexRequest> {

    public void add(String documentId) {
        IndexRequest request = new IndexRequest();
        request.documentId = documentId;
        request.queuedAt = Instant.now();
        persist(request);
    }

    /** Queues the fully analysed ones of the documents. */
    public void addAnalysed(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        insert into index_request (document_id, queued_at)
                        select id, now() from document where id in (:ids) and entities_done and dates_done""")
                .setParameter("ids", documentIds)
                .executeUpdate();
    }

    /** Up to {@code limit} waiting documents, in the order of their first request. */
    public List<String> waiting(int limit) {
        return getEntityManager().createQuery(
                        "select documentId from IndexRequest group by documentId order by min(id)", String.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the requests of the documents out of the queue for this transaction and answers whose they were; those
     * another transaction is taking (another replica's batch) are left to it.
     */
    public List<String> take(Collection<String> documentIds) {
        return take(documentIds, Long.MAX_VALUE);
    }

    /** {@link #take(Collection)}, of the requests up to number {@code upTo} only. */
    @SuppressWarnings("unchecked")
    public List<String> take(Collection<String> documentIds, long upTo) {
        return getEntityManager().createNativeQuery("""
                        with taken as (delete from index_request where id in (
                                select id from index_request where document_id in (:ids) and id <= :upTo
                                for update skip locked)
                            returning document_id)
                        select distinct document_id from taken order by document_id""")
                .setParameter("ids", documentIds)
                .setParameter("upTo", upTo)
                .getResultList();
    }

    /** The number of the newest request, 0 when none waits. */
    public long newest() {
        Long newest = getEntityManager().createQuery("select max(id) from IndexRequest", Long.class)
                .getSingleResult();
        return newest == null ? 0 : newest;
    }
}
