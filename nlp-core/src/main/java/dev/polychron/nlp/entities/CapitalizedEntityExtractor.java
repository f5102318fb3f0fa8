package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.nlp.dates.MonthNames;
import dev.polychron.nlp.text.Span;
import dev.polychron.nlp.text.TextFolding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names as runs of capitalised words, in any script that has case; a sentence's first word counts only when the
 * text never writes it in lower case; month names are not names. Country and territory names link to one entity
 * across languages.
 */
public final class CapitalizedEntityExtractor implements EntityExtractor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’]*");
    private static final int MAX_RUN_WORDS = 6;

    private final TerritoryNames territories = TerritoryNames.instance();

    @Override
    public List<EntityMention> extract(String text, String language, List<Span> sentences, List<Span> excluded) {
        MonthNames months = MonthNames.of(language);
        List<Span> words = words(text);
        Set<String> lowerCaseWords = lowerCaseWords(text, words);
        Set<Integer> sentenceStarts = new HashSet<>();
        sentences.forEach(s -> sentenceStarts.add(s.start()));

        List<EntityMention> mentions = new ArrayList<>();
        List<Span> run = new ArrayList<>();
        for (Span word : words) {
            boolean name = isCapitalised(word.of(text))
                    && months.number(TextFolding.fold(word.of(text))) == 0
                    && excluded.stream().noneMatch(word::overlaps)
                    && !(sentenceStarts.contains(word.start())
                    && lowerCaseWords.contains(word.of(text).toLowerCase(Locale.ROOT)));
            boolean continuesRun = !run.isEmpty() && isSingleSpace(text, run.get(run.size() - 1).end(), word.start())
                    && run.size() < MAX_RUN_WORDS;
            if (!name || !continuesRun) {
                addMention(text, run, mentions);
                run.clear();
            }
            if (name) {
                run.add(word);
            }
        }
        addMention(text, run, mentions);
        return mentions;
    }

    private void addMention(String text, List<Span> run, List<EntityMention> mentions) {
        if (run.isEmpty()) {
            return;
        }
        int start = run.get(0).start();
        int end = run.get(run.size() - 1).end();
        String surface = text.substring(start, end);
        if (surface.codePointCount(0, surface.length()) < 2) {
            return;
        }
        Optional<String> region = territories.region(surface);
        if (region.isPresent()) {
            mentions.add(new EntityMention(surface, start, end, EntityType.LOC, EntityIds.ofRegion(region.get()),
                    territories.englishName(region.get()), 0.9));
        } else if (isAcronym(surface)) {
            mentions.add(new EntityMention(surface, start, end, EntityType.ORG, EntityIds.ofName(surface), surface,
                    0.6));
        } else {
            mentions.add(new EntityMention(surface, start, end, EntityType.MISC, EntityIds.ofName(surface), surface,
                    0.5));
        }
    }

    private static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end()));
        }
        return words;
    }

    private static Set<String> lowerCaseWords(String text, List<Span> words) {
        Set<String> lower = new HashSet<>();
        for (Span word : words) {
            String surface = word.of(text);
            if (Character.isLowerCase(surface.codePointAt(0))) {
                lower.add(surface);
            }
        }
        return lower;
    }

    private static boolean isCapitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    private static boolean isAcronym(String surface) {
        return surface.length() >= 2 && surface.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isSingleSpace(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }
}
