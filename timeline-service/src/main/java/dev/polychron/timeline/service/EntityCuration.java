package dev.polychron.timeline.service;

import dev.polychron.support.rest.ProblemException;
import dev.polychron.timeline.domain.NamedEntity;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Hand curation of the registry: merging two entities into one, or splitting aliases off an entity into a new one.
 * Each is a rule kept for documents to come, and applied at once to every stored mention, candidate and event.
 */
@ApplicationScoped
@Transactional
public class EntityCuration {

    private static final int MAX_ALIASES = 100;

    private final CurationRepository curation;
    private final EntityRepository entities;
    private final EntityLinker linker;

    public EntityCuration(CurationRepository curation, EntityRepository entities, EntityLinker linker) {
        this.curation = curation;
        this.entities = entities;
        this.linker = linker;
    }

    /** Makes {@code id} one entity with {@code into}: its aliases, mentions and events go there; answers its id. */
    public String merge(String id, String into) {
        if (into == null || into.isBlank()) {
            throw ProblemException.badRequest("Send {\"into\": \"<entity id>\"}");
        }
        linker.lockAlone();
        NamedEntity merged = entities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(
                "No entity " + id));
        String target = curation.rules().resolve(into.strip(), null);
        NamedEntity kept = entities.findByIdOptional(target).orElseThrow(() -> ProblemException.badRequest(
                "into: no entity " + into.strip()));
        if (kept.id.equals(merged.id)) {
            throw ProblemException.badRequest("An entity cannot be merged into itself");
        }
        Set<String> documents = documentsOf(merged.id, null);
        curation.addMerge(merged.id, kept.id);
        curation.moveAliases(merged.id, kept.id, null);
        entities.delete(merged);
        linker.relinkAndIndex(documents, Set.of(kept.id));
        return kept.id;
    }

    /** Moves the mentions written as one of {@code aliases} to a new entity named like the first; answers its id. */
    public String split(String id, List<String> aliases) {
        Map<String, String> byNormalized = normalized(aliases);
        linker.lockAlone();
        NamedEntity source = entities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(
                "No entity " + id));
        String newId = splitId(id, byNormalized.keySet());
        Map<String, String> known = new HashMap<>();
        entities.aliases(List.of(id, newId)).forEach(a -> known.putIfAbsent(a.normalized, a.alias));
        List<String> unknown = byNormalized.keySet().stream().filter(n -> !known.containsKey(n))
                .map(byNormalized::get).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("Not aliases of " + id + ": " + String.join(", ", unknown));
        }
        entities.upsert(newId, known.get(byNormalized.keySet().iterator().next()), source.type.name());
        Set<String> documents = documentsOf(id, byNormalized.keySet());
        curation.addSplit(id, byNormalized.keySet(), newId);
        curation.moveAliases(id, newId, byNormalized.keySet());
        linker.relinkAndIndex(documents, Set.of(id, newId));
        return newId;
    }

    private Set<String> documentsOf(String entityId, Collection<String> onlyNormalized) {
        return curation.mentionTexts(entityId).stream()
                .filter(row -> onlyNormalized == null
                        || onlyNormalized.contains(EntityRepository.normalize((String) row[1])))
                .map(row -> (String) row[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Aliases by their normalised form, in the order sent; a 400 problem for an unusable list. */
    private static Map<String, String> normalized(List<String> aliases) {
        if (aliases == null || aliases.isEmpty()) {
            throw ProblemException.badRequest("Send {\"aliases\": [\"<alias>\", ...]} with at least one alias");
        }
        if (aliases.size() > MAX_ALIASES) {
            throw ProblemException.badRequest("At most " + MAX_ALIASES + " aliases per split");
        }
        Map<String, String> byNormalized = new LinkedHashMap<>();
        for (String alias : aliases) {
            if (alias == null || alias.isBlank()) {
                throw ProblemException.badRequest("aliases: an alias is empty");
            }
            byNormalized.putIfAbsent(EntityRepository.normalize(alias), alias.strip());
        }
        return byNormalized;
    }

    /** The same split always makes the same entity, so a repeated request changes nothing. */
    private static String splitId(String id, Set<String> normalizedAliases) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            new TreeSet<>(normalizedAliases).forEach(alias -> sha.update(("\n" + alias).getBytes(
                    StandardCharsets.UTF_8)));
            return "split-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
