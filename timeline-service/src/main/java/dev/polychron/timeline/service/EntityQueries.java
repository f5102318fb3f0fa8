package dev.polychron.timeline.service;

import dev.polychron.timeline.domain.EntityAlias;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read side of the entity registry. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityQueries {

    private final EntityRepository entities;
    private final CurationRepository curation;

    public EntityQueries(EntityRepository entities, CurationRepository curation) {
        this.entities = entities;
        this.curation = curation;
    }

    /** Entities matching {@code q} by id or any alias (best match first), or the most mentioned without q. */
    public List<NamedEntity> search(String q, int offset, int limit) {
        return q == null ? entities.mostMentioned(offset, limit) : entities.search(q, offset, limit);
    }

    /** The entity {@code id} names, following merges: a merged-away id shows the entity it became part of. */
    public Optional<NamedEntity> entity(String id) {
        return entities.findByIdOptional(curation.current(id));
    }

    public Map<String, List<EntityAlias>> aliases(Collection<String> ids) {
        return entities.aliases(ids).stream().collect(Collectors.groupingBy(a -> a.entityId));
    }
}
