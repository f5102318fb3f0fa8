package dev.polychron.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Small, distinct news items for the fault test, the same for a given seed: each reports one of a pool of meetings
 * between two countries, in one of seven languages, with its day, a follow-up day, the day it was announced and two
 * of four undated remarks, so that several items in several languages tell the same event. Country names are CLDR's
 * (as the JDK has them), dates are written as each language writes them, and a code word of lowercase letters makes
 * every text unique.
 * <p>
 * Every date is a day. A coarser date (a bare year, a month) currently makes timeline-service fail documents whatever
 * the delivery does: it re-clusters the window of the document's dates, which can take in a coarse candidate whose
 * event lies outside the window, and storing that candidate's source again breaks the event_source key. Add coarse
 * dates back here once the merging re-clusters closed windows.
 */
final class FaultCorpus {

    /** One upload: its text and its language (a BCP 47 tag). */
    record Item(String text, String language) {
    }

    private static final List<String> COUNTRIES = List.of("RU", "DE", "FR", "JP", "BR", "CA", "IN", "EG", "PL", "SE",
            "KE", "CL", "TR", "GR", "MX", "NO");
    private static final List<String> PEOPLE = List.of("Anna Keller", "Marco Rossi", "Elena Petrova", "Jonas Berg",
            "Sofia Almeida", "Karim Haddad", "Lucia Fernandez", "Tomasz Nowak", "Ingrid Dahl", "Kenji Sato",
            "Amara Okafor", "Pierre Lambert");
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "vi", "el");
    private static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);
    private static final int DAYS = 29 * 365;

    private record Meeting(LocalDate day, String host, String guest, String person, int followUpDays,
                           int noticeDays) {
    }

    private FaultCorpus() {
    }

    /** {@code count} distinct items about {@code count / 8} meetings (at least one). */
    static List<Item> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 8); i++) {
            String host = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String guest;
            do {
                guest = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            } while (guest.equals(host));
            meetings.add(new Meeting(FIRST_DAY.plusDays(random.nextInt(DAYS)), host, guest,
                    PEOPLE.get(random.nextInt(PEOPLE.size())), 1 + random.nextInt(5), 3 + random.nextInt(18)));
        }
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Meeting meeting = meetings.get(random.nextInt(meetings.size()));
            String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            items.add(new Item(text(meeting, language, code(i, random), random), language));
        }
        return items;
    }

    /**
     * How one language tells a meeting: the day with the host, the guest and the person; the follow-up day; the
     * observers' verdict with the code word; the day the visit was announced; and four undated remarks, two of which
     * go into each text.
     */
    private record Phrases(String meeting, String followUp, String verdict, String announced, List<String> remarks) {
    }

    private static final Map<String, Phrases> PHRASES = Map.of(
            "en", new Phrases("On %1$s, %2$s received a delegation from %3$s and %4$s.",
                    "A second meeting followed on %s.", "Observers called the talks constructive (file %s).",
                    "The visit had been announced on %s.",
                    List.of("Both sides promised to meet again soon.", "The press was kept away from the meeting.",
                            "Trade and energy were on the agenda.", "No joint statement was published.")),
            "de", new Phrases("Am %1$s empfing %2$s eine Delegation aus %3$s und %4$s.",
                    "Ein zweites Treffen folgte am %s.", "Beobachter nannten die Gespräche konstruktiv (Akte %s).",
                    "Der Besuch war am %s angekündigt worden.",
                    List.of("Beide Seiten versprachen, sich bald wieder zu treffen.",
                            "Die Presse war nicht zugelassen.", "Auf der Tagesordnung standen Handel und Energie.",
                            "Eine gemeinsame Erklärung gab es nicht.")),
            "fr", new Phrases("Le %1$s, %2$s a reçu une délégation de %3$s et de %4$s.",
                    "Une deuxième réunion a suivi le %s.",
                    "Les observateurs ont jugé les discussions constructives (dossier %s).",
                    "La visite avait été annoncée le %s.",
                    List.of("Les deux parties ont promis de se revoir bientôt.", "La presse n'était pas admise.",
                            "Le commerce et l'énergie étaient à l'ordre du jour.",
                            "Aucune déclaration commune n'a été publiée.")),
            "es", new Phrases("El %1$s, %2$s recibió a una delegación de %3$s y de %4$s.",
                    "Una segunda reunión siguió el %s.",
                    "Los observadores calificaron las conversaciones de constructivas (expediente %s).",
                    "La visita se había anunciado el %s.",
                    List.of("Ambas partes prometieron volver a reunirse pronto.",
                            "La prensa no tuvo acceso a la reunión.", "El comercio y la energía estaban en la agenda.",
                            "No se publicó ninguna declaración conjunta.")),
            "it", new Phrases("Il %1$s, %2$s ha ricevuto una delegazione di %3$s e di %4$s.",
                    "Un secondo incontro è seguito il %s.",
                    "Gli osservatori hanno definito i colloqui costruttivi (pratica %s).",
                    "La visita era stata annunciata il %s.",
                    List.of("Le due parti hanno promesso di rivedersi presto.", "La stampa non è stata ammessa.",
                            "Commercio ed energia erano all'ordine del giorno.",
                            "Non è stata pubblicata alcuna dichiarazione congiunta.")),
            "vi", new Phrases("Vào %1$s, %2$s đã tiếp một phái đoàn của %3$s và %4$s.",
                    "Một cuộc gặp thứ hai diễn ra vào %s.",
                    "Các nhà quan sát cho rằng cuộc hội đàm mang tính xây dựng (hồ sơ %s).",
                    "Chuyến thăm đã được thông báo vào %s.",
                    List.of("Hai bên hứa sẽ sớm gặp lại nhau.", "Báo chí không được phép tham dự.",
                            "Thương mại và năng lượng nằm trong chương trình nghị sự.",
                            "Không có tuyên bố chung nào được công bố.")),
            "el", new Phrases("Στις %1$s, ο %2$s υποδέχθηκε μια αντιπροσωπεία από τη χώρα %3$s και τη χώρα %4$s.",
                    "Μια δεύτερη συνάντηση ακολούθησε στις %s.",
                    "Οι παρατηρητές χαρακτήρισαν τις συνομιλίες εποικοδομητικές (φάκελος %s).",
                    "Η επίσκεψη είχε ανακοινωθεί στις %s.",
                    List.of("Οι δύο πλευρές υποσχέθηκαν να συναντηθούν ξανά σύντομα.",
                            "Ο Τύπος δεν είχε πρόσβαση στη συνάντηση.", "Το εμπόριο και η ενέργεια ήταν στην ατζέντα.",
                            "Δεν δημοσιεύθηκε κοινή δήλωση.")));

    private static String text(Meeting m, String language, String code, Random random) {
        Locale locale = Locale.forLanguageTag(language);
        String host = new Locale("", m.host()).getDisplayCountry(locale);
        String guest = new Locale("", m.guest()).getDisplayCountry(locale);
        Phrases phrases = PHRASES.get(language);
        List<String> remarks = new ArrayList<>(phrases.remarks());
        Collections.shuffle(remarks, random);
        return String.join(" ",
                String.format(phrases.meeting(), date(m.day(), language), m.person(), host, guest),
                String.format(phrases.followUp(), date(m.day().plusDays(m.followUpDays()), language)),
                remarks.get(0),
                String.format(phrases.verdict(), code),
                remarks.get(1),
                String.format(phrases.announced(), date(m.day().minusDays(m.noticeDays()), language)));
    }

    private static String date(LocalDate day, String language) {
        String pattern = switch (language) {
            case "de" -> "d. MMMM yyyy";
            case "es" -> "d 'de' MMMM 'de' yyyy";
            case "vi" -> "'ngày' d 'tháng' M 'năm' yyyy";
            default -> "d MMMM yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)).format(day);
    }

    /** Lowercase letters only (no digit can pass for a date): the item's number in base 26, then two random ones. */
    private static String code(int number, Random random) {
        StringBuilder code = new StringBuilder();
        int rest = number;
        do {
            code.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        code.append('-').append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)));
        return code.toString();
    }
}
