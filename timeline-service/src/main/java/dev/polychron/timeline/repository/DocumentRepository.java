package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Documents and their status. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, String> {

    /** Seven bands of a 64-bit fingerprint: any two at most six bits apart share one whole band. */
    private static final int MAX_BAND_BITS = 6;

    /** Creates the row if absent, so that whichever message arrives first can record its part. */
    public void insertIfAbsent(String id, Instant receivedAt) {
        getEntityManager().createNativeQuery("""
                        insert into document (id, received_at, status) values (:id, :receivedAt, 'RECEIVED')
                        on conflict (id) do nothing""")
                .setParameter("id", id)
                .setParameter("receivedAt", receivedAt)
                .executeUpdate();
    }

    /** The document, locked until the transaction ends, created first if absent. */
    public Document lockOrCreate(String id, Instant receivedAt) {
        insertIfAbsent(id, receivedAt);
        getEntityManager().flush();
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The documents are on the timeline as analysed now. */
    /** The titles of the documents that have one, by id, without loading their texts. */
    public Map<String, String> titles(Collection<String> ids) {
        return present("title", ids);
    }

    /** The texts of the documents that have one, by id, in one query (the text is loaded lazily, one by one). */
    public Map<String, String> texts(Collection<String> ids) {
        return present("text", ids);
    }

    private Map<String, String> present(String column, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select id, %1$s from Document where id in :ids and %1$s is not null"
                        .formatted(column), Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public void markIndexed(Collection<String> ids, Instant at) {
        update("status = ?1, failureReason = null, updatedAt = ?2, indexedAt = ?2 where id in ?3",
                DocumentStatus.INDEXED, at, ids);
    }

    /**
     * Analysed documents whose body fingerprint differs from {@code fingerprint} in at most {@code maxBits} bits, at
     * most 6: found through the fingerprint's bands (migration V13), then by bit distance.
     */
    public List<Document> nearDuplicates(long fingerprint, int maxBits) {
        List<String> ids = nearDuplicateIds(fingerprint, maxBits);
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The ids of {@link #nearDuplicates}, for callers that need no more: loading the documents took most of it. */
    @SuppressWarnings("unchecked")
    public List<String> nearDuplicateIds(long fingerprint, int maxBits) {
        if (maxBits > MAX_BAND_BITS) {
            throw new IllegalArgumentException("bands find fingerprints at most " + MAX_BAND_BITS + " bits apart");
        }
        return getEntityManager().createNativeQuery("""
                        select id from document
                        where body_fingerprint is not null and entities_done and dates_done
                          and (fingerprint_band(body_fingerprint, 0) = fingerprint_band(:fingerprint, 0)
                            or fingerprint_band(body_fingerprint, 1) = fingerprint_band(:fingerprint, 1)
                            or fingerprint_band(body_fingerprint, 2) = fingerprint_band(:fingerprint, 2)
                            or fingerprint_band(body_fingerprint, 3) = fingerprint_band(:fingerprint, 3)
                            or fingerprint_band(body_fingerprint, 4) = fingerprint_band(:fingerprint, 4)
                            or fingerprint_band(body_fingerprint, 5) = fingerprint_band(:fingerprint, 5)
                            or fingerprint_band(body_fingerprint, 6) = fingerprint_band(:fingerprint, 6))
                          and length(replace(((body_fingerprint # :fingerprint)::bit(64))::text, '0', '')) <= :maxBits
                        """)
                .setParameter("fingerprint", fingerprint)
                .setParameter("maxBits", maxBits)
                .getResultList();
    }

    /** A page of documents, newest first, after the keyset cursor position if given. */
    public List<Document> page(DocumentStatus status, Instant beforeReceivedAt, String beforeId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        var parameters = new HashMap<String, Object>();
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (beforeReceivedAt != null) {
            // a row comparison, which the newest-first indexes serve (see EventRepository#page)
            query.append(" and (receivedAt, id) < (:at, :id)");
            parameters.put("at", beforeReceivedAt);
            parameters.put("id", beforeId);
        }
        query.append(" order by receivedAt desc, id desc");
        return find(query.toString(), parameters).page(0, limit).list();
    }
}
