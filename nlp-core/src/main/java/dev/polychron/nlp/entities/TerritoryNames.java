package dev.polychron.nlp.entities;

import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country and territory names in every language CLDR knows (via ICU4J), so "Russia", "Nga" and "Ρωσία" all
 * answer the region code RU.
 */
public final class TerritoryNames {

    private static final TerritoryNames INSTANCE = new TerritoryNames();

    private final Map<String, String> regionByName = new HashMap<>();
    private final Map<String, String> englishNameByRegion = new HashMap<>();

    private TerritoryNames() {
        Set<String> regions = Set.of(Locale.getISOCountries());
        for (ULocale language : ULocale.getAvailableLocales()) {
            if (!language.getCountry().isEmpty()) {
                continue;
            }
            for (String region : regions) {
                String name = ULocale.getDisplayCountry("und_" + region, language);
                if (!name.equals(region)) {
                    regionByName.putIfAbsent(key(name), region);
                }
            }
        }
        for (String region : regions) {
            englishNameByRegion.put(region, ULocale.getDisplayCountry("und_" + region, ULocale.ENGLISH));
        }
    }

    public static TerritoryNames instance() {
        return INSTANCE;
    }

    /** The region code a name denotes in any language, if it is a country or territory name. */
    public Optional<String> region(String name) {
        return Optional.ofNullable(regionByName.get(key(name)));
    }

    /** The English name of a region code, used as the canonical name. */
    public String englishName(String region) {
        return englishNameByRegion.getOrDefault(region, region);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
