package dev.polychron.timeline.repository;

import dev.polychron.timeline.service.CurationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The merge and split rules of the entity registry, and the locks that keep curation apart from indexing. */
@ApplicationScoped
public class CurationRepository {

    private final EntityManager em;

    public CurationRepository(EntityManager em) {
        this.em = em;
    }

    /** Taken by writers of mentions: many at once, but never while a curation runs. */
    public void lockShared() {
        AdvisoryLock.CURATION.lockShared(em);
    }

    /** Taken by a curation: alone, until its transaction ends. */
    public void lockExclusive() {
        AdvisoryLock.CURATION.lock(em);
    }

    /** Every rule; hand curation keeps them few. */
    @SuppressWarnings("unchecked")
    public CurationRules rules() {
        Map<String, String> merges = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select from_id, into_id from entity_merge").getResultList())
                .forEach(row -> merges.put((String) row[0], (String) row[1]));
        Map<String, Map<String, String>> splits = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select entity_id, normalized, into_id from entity_split")
                .getResultList())
                .forEach(row -> splits.computeIfAbsent((String) row[0], id -> new HashMap<>())
                        .put((String) row[1], (String) row[2]));
        return merges.isEmpty() && splits.isEmpty() ? CurationRules.NONE : new CurationRules(merges, splits);
    }

    /** The entity {@code id} is now: itself, or the entity it was merged into. */
    @SuppressWarnings("unchecked")
    public String current(String id) {
        List<String> into = em.createNativeQuery("select into_id from entity_merge where from_id = :id")
                .setParameter("id", id)
                .getResultList();
        return into.isEmpty() ? id : rules().resolve(into.get(0), null);
    }

    /** Records that {@code from} is {@code into} (and so is what was merged into it); undoes splits of it off into. */
    public void addMerge(String from, String into) {
        em.createNativeQuery("""
                        insert into entity_merge (from_id, into_id) values (:from, :into)
                        on conflict (from_id) do update set into_id = excluded.into_id, learned = false,
                            created_at = now()""")
                .setParameter("from", from)
                .setParameter("into", into)
                .executeUpdate();
        em.createNativeQuery("update entity_merge set into_id = :into where into_id = :from")
                .setParameter("from", from)
                .setParameter("into", into)
                .executeUpdate();
        em.createNativeQuery("delete from entity_split where entity_id = :into and into_id = :from")
                .setParameter("from", from)
                .setParameter("into", into)
                .executeUpdate();
    }

    public void addSplit(String entityId, Collection<String> normalizedAliases, String into) {
        for (String normalized : normalizedAliases) {
            em.createNativeQuery("""
                            insert into entity_split (entity_id, normalized, into_id) values (:id, :normalized, :into)
                            on conflict (entity_id, normalized) do update set into_id = excluded.into_id,
                                created_at = now()""")
                    .setParameter("id", entityId)
                    .setParameter("normalized", normalized)
                    .setParameter("into", into)
                    .executeUpdate();
        }
    }

    /** Moves the aliases of {@code from} (those in {@code normalized}, or all when null) to {@code into}. */
    public void moveAliases(String from, String into, Collection<String> normalized) {
        copyAliases(from, into, normalized);
        var delete = em.createNativeQuery("delete from entity_alias where entity_id = :from" + only(normalized))
                .setParameter("from", from);
        if (normalized != null) {
            delete.setParameter("normalized", normalized);
        }
        delete.executeUpdate();
    }

    /** Gives {@code into} the aliases of {@code from} (those in {@code normalized}, or all when null) too. */
    public void copyAliases(String from, String into, Collection<String> normalized) {
        var insert = em.createNativeQuery("""
                        insert into entity_alias (entity_id, alias, normalized, language)
                        select :into, alias, normalized, language from entity_alias where entity_id = :from"""
                        + only(normalized) + " on conflict (entity_id, normalized, language) do nothing")
                .setParameter("from", from)
                .setParameter("into", into);
        if (normalized != null) {
            insert.setParameter("normalized", normalized);
        }
        insert.executeUpdate();
    }

    private static String only(Collection<String> normalized) {
        return normalized == null ? "" : " and normalized in (:normalized)";
    }

    /** Links {@code from} to {@code into} as learned, unless a hand merge of {@code from} exists. */
    public void setLearnedMerge(String from, String into) {
        em.createNativeQuery("""
                        insert into entity_merge (from_id, into_id, learned) values (:from, :into, true)
                        on conflict (from_id) do update set into_id = excluded.into_id, created_at = now()
                        where entity_merge.learned""")
                .setParameter("from", from)
                .setParameter("into", into)
                .executeUpdate();
    }

    public void dropLearnedMerge(String from) {
        em.createNativeQuery("delete from entity_merge where from_id = :from and learned")
                .setParameter("from", from)
                .executeUpdate();
    }

    /** Of these full-name ids, those not registered yet. */
    @SuppressWarnings("unchecked")
    public List<String> unregisteredPersons(Collection<String> fullIds) {
        if (fullIds.isEmpty()) {
            return List.of();
        }
        List<String> known = em.createNativeQuery("select full_id from person_name where full_id in (:ids)")
                .setParameter("ids", fullIds)
                .getResultList();
        return fullIds.stream().filter(id -> !known.contains(id)).toList();
    }

    public void registerPerson(String fullId, String surnameKey) {
        em.createNativeQuery("""
                        insert into person_name (full_id, surname_key) values (:id, :key)
                        on conflict (full_id) do nothing""")
                .setParameter("id", fullId)
                .setParameter("key", surnameKey)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> personsWithSurname(String surnameKey) {
        return em.createNativeQuery("select full_id from person_name where surname_key = :key order by full_id")
                .setParameter("key", surnameKey)
                .getResultList();
    }

    /** The documents with a mention that nlp-service gave {@code extractedId}. */
    @SuppressWarnings("unchecked")
    public List<String> documentsWithExtracted(String extractedId) {
        return em.createNativeQuery(
                        "select distinct document_id from entity_mention where extracted_entity_id = :id")
                .setParameter("id", extractedId)
                .getResultList();
    }

    /** Each document with a mention shown under {@code entityId}, with the mention's text. */
    @SuppressWarnings("unchecked")
    public List<Object[]> mentionTexts(String entityId) {
        return em.createNativeQuery("select distinct document_id, text from entity_mention where entity_id = :id")
                .setParameter("id", entityId)
                .getResultList();
    }
}
