package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.nlp.text.BoundedMemo;
import dev.polychron.nlp.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names in any language and links each to one canonical entity id shared across documents and languages.
 *
 * <p>Known names come first: the longest match of the {@link Gazetteer} (alias table, CLDR territories, regions,
 * languages and cities in every language, with Greek, Russian and German case forms) at each word. Unknown names
 * are runs of capitalised words in scripts that have case, with the language's connectors inside ("of", "της",
 * "de") and the head words that type them (Council, Hội đồng, Συμβούλιο); a run that its head makes an
 * organisation or event may swallow a shorter known name ("Phái đoàn Thường trực Nga"). Titles ("Tổng thống",
 * "υπουργός Εξωτερικών") and given names make a run a person; a person's name is linked to the curated people by
 * spelling skeleton across scripts, and a surname alone links to the full name seen earlier in the document.
 *
 * <p>Demonyms and adjectives of a country ("Russian officials", "ρωσικής", "soviétique") are MISC mentions that
 * carry the country's id, with confidence 0.6, so the timeline links them while their type says they are not the
 * place itself. Unknown names get {@code name-<key>} ids that are equal across scripts (see {@link NameKey}).
 *
 * <p>Never names: sentence-initial function words, months and weekdays, web cruft ("Share to facebook"), brand
 * lines ("Katana VentraIP") and navigation lists (three or more short lines in a row without sentence punctuation).
 */
public final class MultilingualEntityExtractor implements EntityExtractor {

    private static final int MAX_RUN_WORDS = 8;
    private static final int MAX_NAV_LINE_WORDS = 8;
    private static final int MIN_NAV_LINES = 3;
    private static final int MAX_CRUFT_LINE_WORDS = 20;
    private static final double TABLE = 0.95;
    private static final double INFLECTED = 0.9;
    private static final double LOOSE = 0.85;
    private static final double ADJECTIVE = 0.6;
    /** {@link NameKey#ofWord} of the words of texts, which repeat across texts and are costly to romanise. */
    private static final BoundedMemo<String, String> NAME_KEYS = new BoundedMemo<>(NameKey::ofWord, 1 << 16);

    /** A mention being built: token range and what it links to. */
    private record Found(int first, int end, EntityType type, String id, String name, double confidence,
                         boolean known) {
    }

    /** An unknown run of capitalised words. */
    private record Run(int first, int end, EntityType type, boolean strong, int headWords) {
    }

    /** Creates the extractor; the gazetteer is built on first use and shared. */
    public MultilingualEntityExtractor() {
    }

    @Override
    public List<EntityMention> extract(String text, String language, List<Span> sentences, List<Span> excluded) {
        Document doc = new Document(text, primary(language), sentences, excluded);
        return doc.extract();
    }

    private static String primary(String language) {
        if (language == null || language.isBlank()) {
            return "und";
        }
        int dash = language.indexOf('-');
        return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(Locale.ROOT);
    }

    /** The state of one extraction. */
    private static final class Document {

        private static final AliasIndex.Entry NO_ENTRY = new AliasIndex.Entry();

        private final String text;
        private final String language;
        private final Lexicon lexicon;
        private final Gazetteer gazetteer = Gazetteer.instance();
        private final List<Token> tokens;
        private final int n;
        private final String[] keys;
        private final String[] nameKeys;
        private final boolean[] capital;
        private final boolean[] uncased;
        private final boolean[] blocked;
        private final boolean[] sentenceStart;
        private final Set<String> lowerCaseWords = new HashSet<>();
        private final Map<String, Found> surnames = new HashMap<>();
        private final Map<String, Found> acronyms = new HashMap<>();
        private final List<Found> found = new ArrayList<>();
        /**
         * The entries of the folded keys looked up so far ({@link #NO_ENTRY} where none), as an article repeats its
         * names and each lookup in the gazetteer's large table is a cache miss.
         */
        private final Map<String, AliasIndex.Entry> foldedEntries = new HashMap<>();
        private boolean personCue;

        Document(String text, String language, List<Span> sentences, List<Span> excluded) {
            this.text = text;
            this.language = language;
            this.lexicon = Lexicon.of(language);
            this.tokens = Tokenizer.tokenize(text);
            this.n = tokens.size();
            this.keys = new String[n];
            this.nameKeys = new String[n];
            this.capital = new boolean[n];
            this.uncased = new boolean[n];
            this.blocked = new boolean[n];
            this.sentenceStart = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token token = tokens.get(i);
                keys[i] = Keys.of(text, token);
                if (token.isWord()) {
                    int first = text.codePointAt(token.start());
                    capital[i] = Character.isUpperCase(first) || Character.isTitleCase(first);
                    uncased[i] = !capital[i] && !Character.isLowerCase(first);
                }
            }
            markExcluded(excluded);
            markSentenceStarts(sentences);
            collectLowerCaseWords();
            markCruftAndNavigation();
        }

        List<EntityMention> extract() {
            int i = 0;
            while (i < n) {
                Token token = tokens.get(i);
                if (blocked[i] || !token.isWord()) {
                    if (token.kind() == Token.Kind.PUNCTUATION && ".!?;:".indexOf(text.charAt(token.start())) >= 0) {
                        personCue = false;
                    }
                    i++;
                    continue;
                }
                if (sentenceStart[i]) {
                    personCue = false;
                }
                Found known = longest(i);
                int title = lexicon.titleLength(keys, i);
                if (title > 0 && i + title < n && !blocked[i + title]
                        && (known == null || known.end() <= i + title)) {
                    personCue = true;
                    i += title;
                    continue;
                }
                Run run = nameLike(i) && !uncased[i] && canStartRun(i) ? run(i) : null;
                if (known != null && (run == null || !run.strong() || run.end() <= known.end())) {
                    add(known);
                    i = known.end();
                    continue;
                }
                Found unknown = run == null ? null : resolve(run);
                if (unknown != null) {
                    add(unknown);
                    personCue = false;
                    i = run.end();
                    continue;
                }
                if (!capital[i] && !lexicon.isConnector(keys[i])) {
                    personCue = false;
                }
                i++;
            }
            linkAcronymsInParentheses();
            return mentions();
        }

        private void add(Found mention) {
            found.add(mention);
            if (mention.type() == EntityType.PER && mention.end() - mention.first() > 1) {
                String surname = NameKey.skeleton(nameKey(lastWord(mention)));
                if (!surname.isEmpty()) {
                    surnames.putIfAbsent(surname, mention);
                }
            }
        }

        private int lastWord(Found mention) {
            int last = mention.end() - 1;
            while (last > mention.first() && !tokens.get(last).isWord()) {
                last--;
            }
            return last;
        }

        // ---- known names -------------------------------------------------------------------------------------

        private Found longest(int i) {
            Found best = scan(i, false);
            if (best == null && capital[i] && isLatin(i)) {
                best = scan(i, true);
            }
            return best;
        }

        private Found scan(int i, boolean loose) {
            Found best = null;
            String k = null;
            int limit = Math.min(n, i + gazetteer.maxWords());
            for (int j = i; j < limit; j++) {
                String part = loose ? Keys.folded(keys[j]) : keys[j];
                if (j > i) {
                    if (blocked[j] || sentenceStart[j] || tokens.get(j).gapBefore() == Token.LINE) {
                        break;
                    }
                    k = k + Keys.SEPARATOR + part;
                } else {
                    k = part;
                }
                AliasIndex.Entry entry = loose ? foldedEntry(k) : gazetteer.exact(k);
                if (entry == null) {
                    break;
                }
                Gazetteer.Alias[] aliases = entry.aliases();
                if (aliases != null && tokens.get(j).isWord()) {
                    Gazetteer.Alias alias = choose(aliases, i, j + 1, loose);
                    if (alias != null) {
                        double confidence = loose ? LOOSE : alias.adjective() ? ADJECTIVE
                                : alias.inflected() ? INFLECTED : alias.source() == Gazetteer.Source.TABLE ? TABLE
                                : alias.source() == Gazetteer.Source.TERRITORY ? 0.9
                                : alias.source() == Gazetteer.Source.CITY ? LOOSE : 0.8;
                        EntityType type = alias.adjective() ? EntityType.MISC : alias.entity().type();
                        best = new Found(i, j + 1, type, alias.entity().id(), alias.entity().name(), confidence,
                                true);
                    }
                }
                if (!entry.isPrefix()) {
                    break;
                }
            }
            return best;
        }

        private AliasIndex.Entry foldedEntry(String key) {
            AliasIndex.Entry entry = foldedEntries.get(key);
            if (entry == null) {
                entry = gazetteer.folded(key);
                foldedEntries.put(key, entry == null ? NO_ENTRY : entry);
            }
            return entry == NO_ENTRY ? null : entry;
        }

        private Gazetteer.Alias choose(Gazetteer.Alias[] aliases, int first, int end, boolean loose) {
            boolean single = end - first == 1;
            boolean anyCapital = false;
            for (int k = first; k < end; k++) {
                anyCapital |= nameLike(k);
            }
            Gazetteer.Alias best = null;
            int bestScore = Integer.MIN_VALUE;
            for (Gazetteer.Alias alias : aliases) {
                if (!alias.lowerCase() && (!nameLike(first) || !anyCapital)) {
                    continue;
                }
                boolean ownLanguage = alias.usedIn(language);
                boolean english = alias.languages().contains("en");
                if (single && !ownLanguage && !english && (alias.letters() < 4
                        || alias.languages().size() < (alias.source() == Gazetteer.Source.TERRITORY ? 2 : 3))
                        && alias.source() != Gazetteer.Source.TABLE) {
                    continue;
                }
                if (single && !ownLanguage && !english && alias.letters() < 4) {
                    continue;
                }
                if (loose && alias.letters() < 4) {
                    continue;
                }
                if (single && isSentenceInitial(first) && (lexicon.isStopWord(keys[first])
                        || (alias.source() != Gazetteer.Source.TABLE && lowerCaseWords.contains(keys[first])))) {
                    continue;
                }
                if (single && alias.source() != Gazetteer.Source.TABLE
                        && lexicon.isCalendarWord(keys[first], word(first))) {
                    continue;
                }
                boolean caseMatches = alias.lowerCase() == !capital[first];
                int score = (caseMatches ? 1000 : 0) + (ownLanguage ? 400 : english ? 200 : 0)
                        + (4 - alias.source().ordinal()) * 20 - (alias.inflected() ? 10 : 0)
                        - (alias.adjective() ? 5 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = alias;
                }
            }
            return best;
        }

        // ---- unknown names -----------------------------------------------------------------------------------

        private boolean canStartRun(int i) {
            if (lexicon.isCalendarWord(keys[i], word(i))) {
                return false;
            }
            if (!isSentenceInitial(i)) {
                return true;
            }
            if (lexicon.isStopWord(keys[i]) || lexicon.isStopWordAnywhere(keys[i])
                    || lowerCaseWords.contains(keys[i])) {
                return false;
            }
            if (i + 1 < n && tokens.get(i + 1).gapBefore() == Token.SPACE && longest(i + 1) != null
                    && headAt(i) == null && !isGivenName(i)) {
                return false;
            }
            if (language.equals("vi") && i + 1 < n && tokens.get(i + 1).isWord() && !capital[i + 1]
                    && headAt(i) == null) {
                return false;
            }
            return true;
        }

        private Run run(int i) {
            int end = i;
            int words = 0;
            int[] head = headAt(i);
            if (head != null) {
                end = i + head[0];
                words = head[0];
            }
            boolean person = personCue || isGivenName(i);
            while (end < n && words < MAX_RUN_WORDS) {
                Token token = tokens.get(end);
                if (end > i && (blocked[end] || sentenceStart[end] || token.gapBefore() > Token.SPACE)) {
                    break;
                }
                if (token.isWord() && nameLike(end) && !(end > i && (lexicon.isCalendarWord(keys[end], word(end))
                        || script(end) != script(i)))) {
                    end++;
                    words++;
                    continue;
                }
                if (end == i) {
                    break;
                }
                int next = continuation(i, end, head != null, person);
                if (next < 0) {
                    break;
                }
                end = next;
            }
            while (end > i && !tokens.get(end - 1).isWord()) {
                end--;
            }
            if (end <= i) {
                return null;
            }
            EntityType type = head != null ? EntityType.values()[head[1]] : null;
            if (type == null) {
                type = lexicon.headType(keys[lastWordBefore(end)]);
            }
            boolean strong = type != null && wordCount(i, end) > (head == null ? 1 : head[0]);
            return new Run(i, end, type, strong, head == null ? 0 : head[0]);
        }

        /**
         * Where a run goes on after connectors, an initial ("F."), a glued dash or, inside an organisation's name
         * in Vietnamese, lower-case syllables before the next capitalised word; -1 if it stops here.
         */
        private int continuation(int first, int at, boolean headed, boolean person) {
            Token token = tokens.get(at);
            if (token.kind() == Token.Kind.DASH && token.gapBefore() == Token.ADJACENT && at + 1 < n
                    && tokens.get(at + 1).gapBefore() == Token.ADJACENT && nameLike(at + 1)) {
                return at + 1;
            }
            if (token.kind() == Token.Kind.PUNCTUATION && text.charAt(token.start()) == '.' && at - 1 >= first
                    && tokens.get(at - 1).end() - tokens.get(at - 1).start() == 1 && capital[at - 1]
                    && at + 1 < n && nameLike(at + 1) && tokens.get(at + 1).gapBefore() == Token.SPACE) {
                return at + 1;
            }
            int limit = headed && language.equals("vi") ? 4 : 2;
            int k = at;
            int skipped = 0;
            while (k < n && skipped < limit) {
                Token t = tokens.get(k);
                if (blocked[k] || sentenceStart[k] || t.gapBefore() > Token.SPACE) {
                    return -1;
                }
                boolean connector = t.isWord() && (headed ? lexicon.isConnector(keys[k])
                        : person && lexicon.isParticle(keys[k]));
                if (connector && lexicon.isLocationPreposition(keys[k]) && k + 1 < n && scan(k + 1, false) != null) {
                    return -1;
                }
                boolean elision = t.kind() == Token.Kind.ELISION;
                boolean viSyllable = headed && language.equals("vi") && t.isWord() && !capital[k]
                        && !lexicon.isStopWord(keys[k]);
                if (t.isWord() && nameLike(k) && skipped > 0) {
                    return lexicon.isStopWord(keys[k]) && !capital[k] ? -1 : k;
                }
                if (!(connector || elision || viSyllable)) {
                    return -1;
                }
                k++;
                skipped++;
            }
            return k < n && tokens.get(k).isWord() && nameLike(k) && skipped > 0 ? k : -1;
        }

        /** The words and type of a head phrase at {@code i} (1 to 4 words), or null. */
        private int[] headAt(int i) {
            for (int length = lexicon.startsLongerHead(keys[i]) ? 4 : 1; length >= 1; length--) {
                if (i + length > n) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                boolean words = true;
                for (int k = i; k < i + length; k++) {
                    Token token = tokens.get(k);
                    if (!token.isWord() || (k > i && token.gapBefore() != Token.SPACE)) {
                        words = false;
                        break;
                    }
                    if (k > i) {
                        joined.append(Keys.SEPARATOR);
                    }
                    joined.append(keys[k]);
                }
                if (!words) {
                    continue;
                }
                EntityType type = lexicon.headType(joined.toString());
                if (type != null && (length > 1 || !language.equals("de"))) {
                    return new int[] {length, type.ordinal()};
                }
            }
            return null;
        }

        private Found resolve(Run run) {
            int first = run.first();
            int end = run.end();
            List<String> words = new ArrayList<>();
            for (int k = first; k < end; k++) {
                if (tokens.get(k).isWord() && !lexicon.isConnector(keys[k])) {
                    words.add(word(k));
                }
            }
            int count = wordCount(first, end);
            String surface = text.substring(tokens.get(first).start(), tokens.get(end - 1).end());
            boolean acronym = count == 1 && isAcronym(first);
            boolean givenName = isGivenName(first) && count > 1;
            boolean familyName = language.equals("vi") && lexicon.isSurname(keys[first]) && count > 1;
            EntityType type = run.type();
            if (type == null && (givenName || familyName || (personCue && !acronym))) {
                type = EntityType.PER;
            }
            if (run.headWords() >= count) {
                return null;
            }
            if (count == 1) {
                return single(run, first, acronym, type, surface);
            }
            if (type == null || type == EntityType.MISC) {
                Gazetteer.Entity person = gazetteer.personBySkeleton(NameKey.skeleton(NameKey.of(words)));
                if (person != null && !person.id().isEmpty()) {
                    return new Found(first, end, EntityType.PER, person.id(), person.name(), 0.75, true);
                }
            }
            if (type == null && language.equals("de") && !givenName) {
                return null;
            }
            if (type == null) {
                type = EntityType.MISC;
            }
            if (type == EntityType.PER) {
                Gazetteer.Entity person = curatedPerson(words);
                if (person != null) {
                    return new Found(first, end, EntityType.PER, person.id(), person.name(), 0.8, true);
                }
            }
            double confidence = run.type() != null ? 0.6 : type == EntityType.PER ? 0.6 : 0.5;
            return new Found(first, end, type, EntityIds.ofWords(words), surface, confidence, false);
        }

        private Found single(Run run, int i, boolean acronym, EntityType cued, String surface) {
            String key = keys[i];
            String skeleton = NameKey.skeleton(nameKey(i));
            Found full = surnames.get(skeleton);
            if (full != null) {
                return new Found(i, i + 1, EntityType.PER, full.id(), full.name(), 0.75, full.known());
            }
            Found expansion = acronyms.get(key);
            if (expansion != null) {
                return new Found(i, i + 1, expansion.type(), expansion.id(), expansion.name(), 0.7,
                        expansion.known());
            }
            if (cued == EntityType.PER) {
                Gazetteer.Entity person = gazetteer.personBySurname(skeleton);
                if (person != null && !person.id().isEmpty()) {
                    return new Found(i, i + 1, EntityType.PER, person.id(), person.name(), 0.7, true);
                }
            }
            int letters = word(i).codePointCount(0, word(i).length());
            if (letters < 2 || lexicon.isNotName(key) || lexicon.isStopWord(key) || isRomanNumeral(word(i))) {
                return null;
            }
            if (isSentenceInitial(i) && !acronym && cued != EntityType.PER) {
                return null;
            }
            if (acronym) {
                return new Found(i, i + 1, EntityType.ORG, EntityIds.ofWords(List.of(word(i))), surface, 0.5, false);
            }
            if (language.equals("de") && cued != EntityType.PER) {
                return null;
            }
            if (cued == null && i > 0 && tokens.get(i - 1).gapBefore() <= Token.WIDE
                    && (lexicon.isArticle(keys[i - 1]) || tokens.get(i - 1).kind() == Token.Kind.ELISION)) {
                return null;
            }
            if (language.equals("vi") && cued == null && isVietnameseSyllable(word(i))) {
                return null;
            }
            EntityType type = cued;
            if (type == null && i > 0 && tokens.get(i - 1).isWord() && lexicon.isLocationPreposition(keys[i - 1])) {
                type = EntityType.LOC;
            }
            if (type == null) {
                type = EntityType.MISC;
            }
            return new Found(i, i + 1, type, EntityIds.ofWords(List.of(word(i))), surface,
                    run.type() != null || cued != null ? 0.5 : 0.4, false);
        }

        private Gazetteer.Entity curatedPerson(List<String> words) {
            String key = NameKey.of(words);
            Gazetteer.Entity person = gazetteer.personBySkeleton(NameKey.skeleton(key));
            if (person == null && words.size() > 2) {
                person = gazetteer.personBySkeleton(NameKey.skeleton(
                        NameKey.of(List.of(words.get(0), words.get(words.size() - 1)))));
            }
            if (person == null) {
                person = gazetteer.personBySurname(NameKey.skeleton(NameKey.ofWord(words.get(words.size() - 1))));
            }
            return person == null || person.id().isEmpty() ? null : person;
        }

        /** "Founding Act (NRFA)": the acronym names what it follows, here and wherever the document repeats it. */
        private void linkAcronymsInParentheses() {
            for (int m = 0; m + 1 < found.size(); m++) {
                Found name = found.get(m);
                Found acronym = found.get(m + 1);
                int open = name.end();
                if (acronym.end() - acronym.first() != 1 || acronym.known() || open >= n
                        || !keys[open].equals("(") || acronym.first() != open + 1 || acronym.end() >= n
                        || !keys[acronym.end()].equals(")") || !isAcronym(acronym.first())
                        || !initialsMatch(name, word(acronym.first()))) {
                    continue;
                }
                String acronymKey = keys[acronym.first()];
                acronyms.putIfAbsent(acronymKey, name);
                for (int k = m + 1; k < found.size(); k++) {
                    Found other = found.get(k);
                    if (!other.known() && other.end() - other.first() == 1 && keys[other.first()].equals(acronymKey)) {
                        found.set(k, new Found(other.first(), other.end(), name.type(), name.id(), name.name(), 0.7,
                                name.known()));
                    }
                }
            }
        }

        private boolean initialsMatch(Found name, String acronym) {
            StringBuilder initials = new StringBuilder();
            for (int k = name.first(); k < name.end(); k++) {
                if (tokens.get(k).isWord()) {
                    initials.appendCodePoint(Character.toUpperCase(word(k).codePointAt(0)));
                }
            }
            int at = 0;
            for (int c = 0; c < initials.length() && at < acronym.length(); c++) {
                if (initials.charAt(c) == acronym.charAt(at)) {
                    at++;
                }
            }
            return at == acronym.length() && initials.length() > 0 && initials.charAt(0) == acronym.charAt(0);
        }

        private List<EntityMention> mentions() {
            Map<String, EntityType> typeById = new HashMap<>();
            for (Found mention : found) {
                if (!mention.known()) {
                    typeById.merge(mention.id(), mention.type(),
                            (a, b) -> a == EntityType.MISC ? b : a);
                }
            }
            List<EntityMention> mentions = new ArrayList<>(found.size());
            found.sort(Comparator.comparingInt(Found::first));
            for (Found mention : found) {
                int start = tokens.get(mention.first()).start();
                int end = tokens.get(mention.end() - 1).end();
                EntityType type = mention.known() ? mention.type() : typeById.get(mention.id());
                mentions.add(new EntityMention(text.substring(start, end), start, end, type, mention.id(),
                        mention.name(), mention.confidence()));
            }
            return mentions;
        }

        // ---- document structure ------------------------------------------------------------------------------

        private void markExcluded(List<Span> excluded) {
            if (excluded.isEmpty()) {
                return;
            }
            List<Span> sorted = new ArrayList<>(excluded);
            sorted.sort(Comparator.comparingInt(Span::start));
            int s = 0;
            for (int i = 0; i < n; i++) {
                Token token = tokens.get(i);
                while (s < sorted.size() && sorted.get(s).end() <= token.start()) {
                    s++;
                }
                for (int k = s; k < sorted.size() && sorted.get(k).start() < token.end(); k++) {
                    if (sorted.get(k).end() > token.start()) {
                        blocked[i] = true;
                        break;
                    }
                }
            }
        }

        private void markSentenceStarts(List<Span> sentences) {
            int t = 0;
            for (Span sentence : sentences) {
                while (t < n && tokens.get(t).start() < sentence.start()) {
                    t++;
                }
                if (t < n && tokens.get(t).start() < sentence.end()) {
                    sentenceStart[t] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                Token token = tokens.get(i);
                if (token.gapBefore() == Token.LINE) {
                    sentenceStart[i] = true;
                }
                if (token.kind() == Token.Kind.PUNCTUATION && ":•·*#|>\"“„«‘".indexOf(text.charAt(token.start())) >= 0
                        && i + 1 < n) {
                    sentenceStart[i + 1] = true;
                }
            }
            for (int i = 1; i < n; i++) {
                Token previous = tokens.get(i - 1);
                boolean afterInitial = previous.kind() == Token.Kind.ABBREVIATION
                        || (previous.kind() == Token.Kind.PUNCTUATION && text.charAt(previous.start()) == '.'
                        && i >= 2 && tokens.get(i - 2).end() - tokens.get(i - 2).start() == 1 && capital[i - 2]);
                if (sentenceStart[i] && afterInitial && tokens.get(i).gapBefore() == Token.SPACE && capital[i]) {
                    sentenceStart[i] = false;
                }
            }
            for (int i = 0; i + 1 < n; i++) {
                if (sentenceStart[i] && !tokens.get(i).isWord() && tokens.get(i + 1).gapBefore() <= Token.SPACE) {
                    sentenceStart[i + 1] = true;
                }
            }
        }

        /** The sentence-initial capitalised words that the text also writes in lower case. */
        private void collectLowerCaseWords() {
            Set<String> initial = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (sentenceStart[i] && capital[i]) {
                    initial.add(keys[i]);
                }
            }
            for (int i = 0; i < n && !initial.isEmpty(); i++) {
                if (tokens.get(i).isWord() && !capital[i] && !uncased[i] && initial.contains(keys[i])) {
                    lowerCaseWords.add(keys[i]);
                }
            }
        }

        private boolean isSentenceInitial(int i) {
            return sentenceStart[i];
        }

        /** Blocks web cruft phrases and brand lines in short lines, and navigation lists. */
        private void markCruftAndNavigation() {
            List<int[]> lines = new ArrayList<>();
            int lineStart = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || tokens.get(i).gapBefore() == Token.LINE) {
                    lines.add(new int[] {lineStart, i});
                    lineStart = i;
                }
            }
            int navigationRun = 0;
            int navigationFrom = 0;
            for (int l = 0; l < lines.size(); l++) {
                int from = lines.get(l)[0];
                int to = lines.get(l)[1];
                int words = wordCount(from, to);
                boolean prose = to > from && ".!?…。".indexOf(text.charAt(tokens.get(to - 1).start())) >= 0;
                boolean listLike = !prose && words > 0 && words <= MAX_NAV_LINE_WORDS;
                if (!prose && words <= MAX_CRUFT_LINE_WORDS) {
                    markCruft(from, to);
                    if (isBrandLine(from, to, words)) {
                        for (int k = from; k < to; k++) {
                            blocked[k] = true;
                        }
                    }
                }
                if (listLike) {
                    if (navigationRun == 0) {
                        navigationFrom = l;
                    }
                    navigationRun++;
                } else {
                    blockNavigation(lines, navigationFrom, navigationRun);
                    navigationRun = 0;
                }
            }
            blockNavigation(lines, navigationFrom, navigationRun);
        }

        private void blockNavigation(List<int[]> lines, int from, int count) {
            if (count < MIN_NAV_LINES) {
                return;
            }
            for (int l = from; l < from + count; l++) {
                for (int k = lines.get(l)[0]; k < lines.get(l)[1]; k++) {
                    blocked[k] = true;
                }
            }
        }

        private void markCruft(int from, int to) {
            for (int i = from; i < to; i++) {
                for (List<String> phrase : gazetteer.cruft(keys[i])) {
                    if (i + phrase.size() > to) {
                        continue;
                    }
                    boolean match = true;
                    for (int p = 0; p < phrase.size() && match; p++) {
                        String expected = phrase.get(p);
                        match = expected.equals("*") ? tokens.get(i + p).isWord() : expected.equals(keys[i + p]);
                    }
                    if (match) {
                        for (int k = i; k < i + phrase.size(); k++) {
                            blocked[k] = true;
                        }
                    }
                }
            }
        }

        /** A short line of capitalised words with a brand-like word ("VentraIP") and no known name. */
        private boolean isBrandLine(int from, int to, int words) {
            if (words == 0 || words > 4) {
                return false;
            }
            boolean brand = false;
            for (int k = from; k < to; k++) {
                if (!tokens.get(k).isWord() || !capital[k]) {
                    return false;
                }
                String w = word(k);
                for (int c = 1; c + 1 < w.length(); c++) {
                    if (Character.isLowerCase(w.charAt(c)) && Character.isUpperCase(w.charAt(c + 1))) {
                        brand = true;
                    }
                }
            }
            if (!brand) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (scan(k, false) != null) {
                    return false;
                }
            }
            return true;
        }

        // ---- small helpers -----------------------------------------------------------------------------------

        private String word(int i) {
            return tokens.get(i).of(text);
        }

        /** The {@link NameKey} of word {@code i}, computed once. */
        private String nameKey(int i) {
            String key = nameKeys[i];
            if (key == null) {
                key = NAME_KEYS.apply(word(i));
                nameKeys[i] = key;
            }
            return key;
        }

        private boolean isGivenName(int i) {
            return gazetteer.isGivenName(nameKey(i));
        }

        private boolean nameLike(int i) {
            return tokens.get(i).isWord() && (capital[i] || uncased[i]);
        }

        private boolean isAcronym(int i) {
            String w = word(i);
            int letters = 0;
            for (int c = 0; c < w.length(); c++) {
                char ch = w.charAt(c);
                if (Character.isLetter(ch)) {
                    if (!Character.isUpperCase(ch)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }

        private Character.UnicodeScript script(int i) {
            return Character.UnicodeScript.of(text.codePointAt(tokens.get(i).start()));
        }

        private boolean isLatin(int i) {
            char c = text.charAt(tokens.get(i).start());
            return c < 0x250;
        }

        private int wordCount(int from, int to) {
            int count = 0;
            for (int k = from; k < to; k++) {
                if (tokens.get(k).isWord()) {
                    count++;
                }
            }
            return count;
        }

        private int lastWordBefore(int end) {
            int k = end - 1;
            while (k > 0 && !tokens.get(k).isWord()) {
                k--;
            }
            return k;
        }

        private static boolean isRomanNumeral(String w) {
            return w.length() <= 4 && w.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
        }

        /** A syllable written with Vietnamese letters or tone marks, or a short one: a common word, not a name. */
        private static boolean isVietnameseSyllable(String w) {
            if (w.length() <= 3) {
                return true;
            }
            for (int c = 0; c < w.length(); c++) {
                char ch = Character.toLowerCase(w.charAt(c));
                if ("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ".indexOf(ch) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
