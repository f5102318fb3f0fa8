package dev.polychron.nlp.entities;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.polychron.events.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Canonical places and languages from CLDR through ICU4J, named in every language ICU has: countries and
 * territories (full and short names; id {@code loc-<region>}), continents and world regions (UN M.49 codes; id
 * {@code loc-<english-name>}), the European Union and the United Nations (ORG), languages (MISC, id
 * {@code lang-<code>}) and major cities, which are the exemplar cities of time zones (id
 * {@code loc-<english-name>}).
 */
final class CldrNames {

    /** One name of a CLDR entity in one language. */
    record Name(String text, String language, Gazetteer.Entity entity, Gazetteer.Source source) {
    }

    private static final List<String> WORLD_REGIONS = List.of("002", "003", "005", "009", "011", "013", "014",
            "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142",
            "143", "145", "150", "151", "154", "155", "202", "419");
    /** Languages with three-letter codes that are widely written; the two-letter ones are all taken. */
    private static final Set<String> MORE_LANGUAGES = Set.of("fil", "yue", "haw", "ceb", "ckb", "kok", "sat", "mni");
    private static final Map<String, String> ORGANISATIONS = Map.of("EU", "org-eu", "UN", "org-un");
    /** Time zones whose exemplar city is a small place or a common word ("Easter", "Casey", "Wake"). */
    private static final Set<String> SKIPPED_CITIES = Set.of("Wake", "Easter", "Christmas", "Midway", "Stanley",
            "Palmer", "Casey", "Davis", "Mawson", "Troll", "Vostok", "Regina", "Dawson", "Creston", "Resolute",
            "Center", "Beulah", "Salem", "Knox", "Nome", "Adak", "Thule", "Macquarie", "Currie", "Lindeman", "Eucla",
            "Chatham", "Noronha", "Boise", "Sitka", "Juneau", "Yakutat", "Metlakatla", "Menominee", "Monticello",
            "Marengo", "Vevay", "Winamac", "Tell City", "Petersburg", "Vincennes", "Ojinaga", "Matamoros",
            "Atikokan", "Inuvik", "Swift Current", "Glace Bay", "Goose Bay", "Rankin Inlet", "Cambridge Bay",
            "Danmarkshavn", "Scoresbysund", "Ittoqqortoormiit", "Rothera", "DumontDUrville", "Dumont d’Urville",
            "McMurdo", "Syowa", "Bahia Banderas", "Santa Isabel", "Merida", "Mérida", "Famagusta", "Busingen",
            "Büsingen", "Gaza", "Hebron", "Enderbury", "Kanton", "Truk", "Chuuk", "Pohnpei", "Kosrae", "Ushuaia",
            "Salta", "Jujuy", "Tucuman", "Catamarca", "La Rioja", "San Juan", "Mendoza", "San Luis", "Rio Gallegos",
            "Cordoba", "Córdoba", "Santarem", "Araguaina", "Maceio", "Eirunepe", "Boa Vista", "Porto Velho",
            "Cuiaba", "Campo Grande", "Belem", "Recife", "Fortaleza", "Bahia", "Thunder Bay", "Nipigon",
            "Rainy River", "Pangnirtung", "Yellowknife", "Fort Nelson", "Whitehorse", "Dawson Creek", "Moncton",
            "Hovd", "Choibalsan", "Qostanay", "Atyrau", "Oral", "Aqtau", "Aqtobe", "Qyzylorda",
            "Srednekolymsk", "Ust-Nera", "Khandyga", "Chita", "Anadyr", "Magadan", "Sakhalin", "Kirov", "Astrakhan",
            "Saratov", "Barnaul", "Tomsk", "Novokuznetsk", "Casablanca", "Unknown City", "Unknown Location");

    private CldrNames() {
    }

    static void forEachName(Consumer<Name> sink) {
        List<ULocale> languages = new ArrayList<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty() && locale.getScript().isEmpty() && locale.getVariant().isEmpty()
                    && (locale.getLanguage().length() == 2 || MORE_LANGUAGES.contains(locale.getLanguage()))) {
                languages.add(locale);
            }
        }
        territories(languages, sink);
        languageNames(languages, sink);
        cities(languages, sink);
    }

    private static void territories(List<ULocale> languages, Consumer<Name> sink) {
        List<String> regions = new ArrayList<>(List.of(Locale.getISOCountries()));
        regions.add("XK");
        regions.addAll(ORGANISATIONS.keySet());
        regions.addAll(WORLD_REGIONS);
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        Map<String, Gazetteer.Entity> entities = new HashMap<>();
        for (String region : regions) {
            String name = english.regionDisplayName(region);
            String id = ORGANISATIONS.containsKey(region) ? ORGANISATIONS.get(region)
                    : Character.isDigit(region.charAt(0)) ? "loc-" + EntityIds.slug(name)
                    : EntityIds.ofRegion(region);
            EntityType type = ORGANISATIONS.containsKey(region) ? EntityType.ORG : EntityType.LOC;
            entities.put(region, new Gazetteer.Entity(id, type, name));
        }
        for (ULocale language : languages) {
            String tag = language.getLanguage();
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(language);
            LocaleDisplayNames brief = LocaleDisplayNames.getInstance(language, DisplayContext.LENGTH_SHORT);
            for (String region : regions) {
                Gazetteer.Entity entity = entities.get(region);
                Set<String> names = new HashSet<>(List.of(full.regionDisplayName(region),
                        brief.regionDisplayName(region)));
                for (String name : names) {
                    if (!name.equals(region) && !name.isBlank()) {
                        sink.accept(new Name(name, tag, entity, Gazetteer.Source.TERRITORY));
                    }
                }
            }
        }
    }

    private static void languageNames(List<ULocale> languages, Consumer<Name> sink) {
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        Map<String, Gazetteer.Entity> entities = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            String name = english.languageDisplayName(code);
            if (!name.equals(code)) {
                entities.put(code, new Gazetteer.Entity("lang-" + code, EntityType.MISC, name));
            }
        }
        for (ULocale language : languages) {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(language);
            for (Map.Entry<String, Gazetteer.Entity> entry : entities.entrySet()) {
                String name = names.languageDisplayName(entry.getKey());
                if (!name.equals(entry.getKey()) && Character.isUpperCase(name.codePointAt(0))) {
                    sink.accept(new Name(name, language.getLanguage(), entry.getValue(), Gazetteer.Source.LANGUAGE));
                }
            }
        }
    }

    private static void cities(List<ULocale> languages, Consumer<Name> sink) {
        TimeZoneNames englishNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Set<String> territoryNames = new HashSet<>();
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames englishShort = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        for (String region : Locale.getISOCountries()) {
            territoryNames.add(english.regionDisplayName(region));
            territoryNames.add(englishShort.regionDisplayName(region));
        }
        Map<String, List<String>> zoneIds = new HashMap<>();
        Map<String, Gazetteer.Entity> entities = new HashMap<>();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            if (zone.startsWith("Antarctica/") || zone.startsWith("America/Indiana/")
                    || zone.startsWith("America/Kentucky/") || zone.startsWith("America/North_Dakota/")
                    || (zone.startsWith("America/Argentina/") && !zone.endsWith("Buenos_Aires"))) {
                continue;
            }
            String name = englishNames.getExemplarLocationName(zone);
            if (name == null || SKIPPED_CITIES.contains(name) || territoryNames.contains(name)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            ids.add(zone);
            for (int i = 0; i < TimeZone.countEquivalentIDs(zone); i++) {
                String equivalent = TimeZone.getEquivalentID(zone, i);
                if (!equivalent.equals(zone) && equivalent.contains("/") && !equivalent.startsWith("Etc/")
                        && zone.equals(TimeZone.getCanonicalID(equivalent))) {
                    ids.add(equivalent);
                }
            }
            zoneIds.put(zone, ids);
            entities.put(zone, new Gazetteer.Entity("loc-" + EntityIds.slug(name), EntityType.LOC, name));
        }
        for (ULocale language : languages) {
            TimeZoneNames names = TimeZoneNames.getInstance(language);
            for (Map.Entry<String, List<String>> zone : zoneIds.entrySet()) {
                Set<String> seen = new HashSet<>();
                for (String id : zone.getValue()) {
                    String name = names.getExemplarLocationName(id);
                    if (name != null && seen.add(name)) {
                        sink.accept(new Name(name, language.getLanguage(), entities.get(zone.getKey()),
                                Gazetteer.Source.CITY));
                    }
                }
            }
        }
    }
}
