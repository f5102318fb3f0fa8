package dev.polychron.timeline.repository;

import dev.polychron.timeline.domain.EntityAlias;
import dev.polychron.timeline.domain.NamedEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The entity registry: canonical entities, their aliases and mention counts. */
@ApplicationScoped
public class EntityRepository implements PanacheRepositoryBase<NamedEntity, String> {

    public static String normalize(String alias) {
        return alias.strip().toLowerCase(Locale.ROOT);
    }

    public void upsert(String id, String name, String type) {
        getEntityManager().createNativeQuery("""
                        insert into entity (id, name, type) values (:id, :name, :type)
                        on conflict (id) do nothing""")
                .setParameter("id", id)
                .setParameter("name", name)
                .setParameter("type", type)
                .executeUpdate();
    }

    /** An entity as a document names it: its id, name and type, and the words used, an alias in the language. */
    public record Sighting(String entityId, String name, String type, String alias, String language) {
    }

    /**
     * Registers the entities and aliases not known yet, in two JDBC batches instead of two statements a mention,
     * in id order: concurrent registrations then take their row locks in one order and cannot deadlock.
     */
    public void register(List<Sighting> sightings) {
        List<Sighting> ordered = sightings.stream().sorted(Comparator.comparing(Sighting::entityId)
                .thenComparing(s -> normalize(s.alias())).thenComparing(Sighting::language)).toList();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement entity = connection.prepareStatement(
                    "insert into entity (id, name, type) values (?, ?, ?) on conflict (id) do nothing");
                 PreparedStatement alias = connection.prepareStatement("""
                         insert into entity_alias (entity_id, alias, normalized, language) values (?, ?, ?, ?)
                         on conflict (entity_id, normalized, language) do nothing""")) {
                String previousId = null;
                for (Sighting sighting : ordered) {
                    if (!sighting.entityId().equals(previousId)) {
                        entity.setString(1, sighting.entityId());
                        entity.setString(2, sighting.name());
                        entity.setString(3, sighting.type());
                        entity.addBatch();
                        previousId = sighting.entityId();
                    }
                    alias.setString(1, sighting.entityId());
                    alias.setString(2, sighting.alias());
                    alias.setString(3, normalize(sighting.alias()));
                    alias.setString(4, sighting.language());
                    alias.addBatch();
                }
                entity.executeBatch();
                alias.executeBatch();
            }
        });
    }

    /**
     * Adds to the entities' mention counts, in id order (so concurrent writers lock the rows in one order): a
     * document's mentions change the counts of its entities, without counting every mention of a popular entity
     * again for each document that names it.
     */
    public void addToCounts(Map<String, Long> changes) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update entity set mention_count = mention_count + ? where id = ?")) {
                for (Map.Entry<String, Long> change : new TreeMap<>(changes).entrySet()) {
                    update.setLong(1, change.getValue());
                    update.setString(2, change.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Recounts the mentions of the given entities from the mention table. */
    public void recount(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        update entity e set mention_count =
                            (select count(*) from entity_mention m where m.entity_id = e.id)
                        where e.id in (:ids)""")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    public List<EntityAlias> aliases(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "from EntityAlias where entityId in :ids order by language, alias", EntityAlias.class)
                .setParameter("ids", entityIds)
                .getResultList();
    }

    /**
     * Mentioned entities with an alias or id equal to, then starting with, {@code q}; most mentioned first. (An entity
     * without mentions has had them all linked elsewhere.)
     */
    public List<NamedEntity> search(String q, int offset, int limit) {
        String normalized = normalize(q);
        return getEntityManager().createQuery("""
                        select e from NamedEntity e
                        where e.mentionCount > 0 and (e.id = :q or exists (select 1 from EntityAlias a
                              where a.entityId = e.id and (a.normalized = :normalized or a.normalized like :prefix)))
                        order by case when e.id = :q or exists (select 1 from EntityAlias a where a.entityId = e.id
                              and a.normalized = :normalized) then 0 else 1 end,
                              e.mentionCount desc, e.id""", NamedEntity.class)
                .setParameter("q", q)
                .setParameter("normalized", normalized)
                .setParameter("prefix", normalized.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<NamedEntity> mostMentioned(int offset, int limit) {
        return find("mentionCount > 0 order by mentionCount desc, id").range(offset, offset + limit - 1).list();
    }

    /** The ids of entities that have {@code alias} (any language) or the id itself. */
    public List<String> idsByIdOrAlias(String idOrAlias) {
        return getEntityManager().createQuery("""
                        select distinct e.id from NamedEntity e where e.id = :q
                        or exists (select 1 from EntityAlias a where a.entityId = e.id and a.normalized = :normalized)
                        """, String.class)
                .setParameter("q", idOrAlias)
                .setParameter("normalized", normalize(idOrAlias))
                .getResultList();
    }
}
