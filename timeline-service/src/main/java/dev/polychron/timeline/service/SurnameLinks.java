package dev.polychron.timeline.service;

import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.timeline.repository.CurationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links learned from documents: a name nlp-service could not place and that is a single word ("Peskov", id
 * {@code name-peskov}) is the person whose full name ends in it ("Dmitry Peskov", {@code name-dmitri-peskov}) once
 * such a person is known — and only while exactly one is, so that two people sharing a surname are never merged.
 * The link depends on the set of known full names only, so it is the same whatever order documents come in.
 */
@ApplicationScoped
public class SurnameLinks {

    private static final String UNKNOWN_NAME = "name-";
    /** Shorter surnames ("Li", "Kim") are shared by too many people to link on their own. */
    private static final int MIN_SURNAME = 4;

    private final CurationRepository curation;

    public SurnameLinks(CurationRepository curation) {
        this.curation = curation;
    }

    /** Full names of unknown people in {@code mentions} that the registry does not know yet. */
    public List<String> newPersons(Collection<EntityMention> mentions) {
        return curation.unregisteredPersons(mentions.stream()
                .filter(m -> m.type() == EntityType.PER && surname(m.entityId()) != null)
                .map(EntityMention::entityId)
                .distinct().toList());
    }

    /** Registers the new full names and re-decides their surnames' links; answers the lone names whose link changed. */
    public Set<String> learn(List<String> newPersons) {
        Set<String> surnames = new TreeSet<>();
        for (String person : newPersons) {
            String surname = surname(person);
            curation.registerPerson(person, surname);
            surnames.add(surname);
        }
        Set<String> changed = new TreeSet<>();
        for (String surname : surnames) {
            String lone = UNKNOWN_NAME + surname;
            List<String> persons = curation.personsWithSurname(surname);
            if (persons.size() == 1) {
                curation.setLearnedMerge(lone, persons.get(0));
                curation.copyAliases(lone, persons.get(0), null);
            } else {
                curation.dropLearnedMerge(lone);
            }
            changed.add(lone);
        }
        return changed;
    }

    /** The surname key of an unknown full name ({@code name-dmitri-peskov} → {@code peskov}), else null. */
    static String surname(String entityId) {
        if (!entityId.startsWith(UNKNOWN_NAME)) {
            return null;
        }
        String key = entityId.substring(UNKNOWN_NAME.length());
        int last = key.lastIndexOf('-');
        if (last <= 0) {
            return null;
        }
        String surname = key.substring(last + 1);
        return surname.length() >= MIN_SURNAME ? surname : null;
    }
}
