package dev.polychron.nlp.entities;

import dev.polychron.events.EntityMention;
import dev.polychron.events.EntityType;
import dev.polychron.nlp.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MultilingualEntityExtractorTest {

    private static final MultilingualEntityExtractor EXTRACTOR = new MultilingualEntityExtractor();
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private static List<EntityMention> extract(String text, String language) {
        List<EntityMention> mentions = EXTRACTOR.extract(text, language, SENTENCES.split(text, language), List.of());
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        return mentions;
    }

    private static EntityMention mention(String text, String language, String surface) {
        return extract(text, language).stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + extract(text, language)));
    }

    @Test
    void shouldLinkRussiaToOneEntityWhenNamedInFourLanguages() {
        List<EntityMention> russia = List.of(
                mention("NATO met Russia in Brussels.", "en", "Russia"),
                mention("NATO và Nga đã ký một số thỏa thuận.", "vi", "Nga"),
                mention("Το ΝΑΤΟ και η Ρωσία υπέγραψαν.", "el", "Ρωσία"),
                mention("НАТО и Россия подписали соглашение.", "ru", "Россия"));

        assertThat(russia).extracting(EntityMention::entityId, EntityMention::type, EntityMention::name)
                .containsOnly(tuple("loc-ru", EntityType.LOC, "Russia"));
    }

    @Test
    void shouldLinkDeclinedCountryNameWhenGreekOrRussianCaseForm() {
        assertThat(mention("Η εισβολή της Ρωσίας στην Ουκρανία.", "el", "Ρωσίας").entityId()).isEqualTo("loc-ru");
        assertThat(mention("Министр иностранных дел России прибыл.", "ru", "России").entityId())
                .isEqualTo("loc-ru");
        assertThat(mention("Die Außenpolitik Russlands änderte sich.", "de", "Russlands").entityId())
                .isEqualTo("loc-ru");
    }

    @Test
    void shouldLinkNatoWhenWrittenInFourScriptsAndLanguages() {
        List<EntityMention> nato = List.of(
                mention("Russia joined NATO talks.", "en", "NATO"),
                mention("Η Ρωσία και το ΝΑΤΟ συνεργάστηκαν.", "el", "ΝΑΤΟ"),
                mention("La Russie et l'OTAN ont signé.", "fr", "OTAN"),
                mention("Россия и НАТО подписали.", "ru", "НАТО"),
                mention("Tổ chức Hiệp ước Bắc Đại Tây Dương họp.", "vi", "Tổ chức Hiệp ước Bắc Đại Tây Dương"));

        assertThat(nato).extracting(EntityMention::entityId, EntityMention::type)
                .containsOnly(tuple("org-nato", EntityType.ORG));
    }

    @Test
    void shouldLinkLavrovFullNameAndSurnameWhenWrittenInLatinGreekAndCyrillic() {
        String english = "Foreign Minister Sergey Lavrov arrived. Later Lavrov said no.";
        String greek = "Ο υπουργός Εξωτερικών Σεργκέι Λαβρόφ έφτασε. Αργότερα ο Λαβρόφ δήλωσε.";
        String russian = "Министр Сергей Лавров прибыл. Потом Лавров заявил.";

        assertThat(extract(english, "en")).filteredOn(m -> m.type() == EntityType.PER)
                .extracting(EntityMention::text, EntityMention::entityId)
                .containsExactly(tuple("Sergey Lavrov", "per-sergey-lavrov"), tuple("Lavrov", "per-sergey-lavrov"));
        assertThat(extract(greek, "el")).filteredOn(m -> m.type() == EntityType.PER)
                .extracting(EntityMention::text, EntityMention::entityId)
                .containsExactly(tuple("Σεργκέι Λαβρόφ", "per-sergey-lavrov"), tuple("Λαβρόφ", "per-sergey-lavrov"));
        assertThat(extract(russian, "ru")).filteredOn(m -> m.type() == EntityType.PER)
                .extracting(EntityMention::entityId).containsExactly("per-sergey-lavrov", "per-sergey-lavrov");
    }

    @Test
    void shouldLinkUnknownPersonAcrossScriptsWhenSpellingsFollowTransliteration() {
        EntityMention english = mention("Spokesman Dmitry Peskov said it was over.", "en", "Dmitry Peskov");
        EntityMention greek = mention("Ο εκπρόσωπος Ντμίτρι Πεσκόφ δήλωσε.", "el", "Ντμίτρι Πεσκόφ");
        EntityMention russian = mention("Пресс-секретарь Дмитрий Песков заявил.", "ru", "Дмитрий Песков");

        assertThat(List.of(english, greek, russian)).extracting(EntityMention::entityId, EntityMention::type)
                .containsOnly(tuple(english.entityId(), EntityType.PER));
        assertThat(english.entityId()).startsWith("name-");
    }

    @Test
    void shouldLinkSurnameToUnknownFullNameWhenSeenEarlierInDocument() {
        List<EntityMention> mentions = extract("Ambassador Anatoly Antonov arrived. Antonov spoke later.", "en");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Anatoly Antonov", EntityType.PER), tuple("Antonov", EntityType.PER));
        assertThat(mentions.get(1).entityId()).isEqualTo(mentions.get(0).entityId());
    }

    @Test
    void shouldLinkCitiesAndRegionsWhenNamedInDifferentLanguages() {
        assertThat(List.of(mention("They met in Moscow.", "en", "Moscow"),
                mention("Họ gặp nhau tại Moskva.", "vi", "Moskva"),
                mention("Συναντήθηκαν στη Μόσχα.", "el", "Μόσχα"),
                mention("Sie trafen sich in Moskau.", "de", "Moskau")))
                .extracting(EntityMention::entityId).containsOnly("loc-moscow");
        assertThat(List.of(mention("They met in Berlin.", "en", "Berlin"),
                mention("Συναντήθηκαν στο Βερολίνο.", "el", "Βερολίνο"),
                mention("Они встретились в Берлине.", "ru", "Берлине")))
                .extracting(EntityMention::entityId).containsOnly("loc-berlin");
        assertThat(List.of(mention("Russia annexed Crimea.", "en", "Crimea"),
                mention("Nga sáp nhập Krym.", "vi", "Krym"),
                mention("Η προσάρτηση της Κριμαίας.", "el", "Κριμαίας")))
                .extracting(EntityMention::entityId).containsOnly("loc-crimea");
        assertThat(List.of(mention("They met in Brussels.", "en", "Brussels"),
                mention("Họ họp tại Bruxelles.", "vi", "Bruxelles"),
                mention("Συναντήθηκαν στις Βρυξέλλες.", "el", "Βρυξέλλες")))
                .extracting(EntityMention::entityId).containsOnly("loc-brussels");
    }

    @Test
    void shouldMarkDemonymAsMiscWithCountryIdWhenAdjective() {
        assertThat(mention("NATO expelled eight Russian officials.", "en", "Russian"))
                .extracting(EntityMention::type, EntityMention::entityId).containsExactly(EntityType.MISC, "loc-ru");
        assertThat(mention("τα μέλη της ρωσικής αποστολής", "el", "ρωσικής"))
                .extracting(EntityMention::type, EntityMention::entityId).containsExactly(EntityType.MISC, "loc-ru");
        assertThat(mention("The Soviet leader resigned.", "en", "Soviet"))
                .extracting(EntityMention::type, EntityMention::entityId).containsExactly(EntityType.MISC, "loc-su");
        assertThat(mention("Le ministre soviétique est arrivé.", "fr", "soviétique").entityId()).isEqualTo("loc-su");
    }

    @Test
    void shouldLinkOfficialCountryNameAsPlaceWhenMultiWord() {
        assertThat(mention("οι σχέσεις της Ρωσικής Ομοσπονδίας με το ΝΑΤΟ", "el", "Ρωσικής Ομοσπονδίας"))
                .extracting(EntityMention::type, EntityMention::entityId).containsExactly(EntityType.LOC, "loc-ru");
        assertThat(mention("NATO đình chỉ hợp tác với Liên bang Nga.", "vi", "Liên bang Nga"))
                .extracting(EntityMention::type, EntityMention::entityId).containsExactly(EntityType.LOC, "loc-ru");
        assertThat(mention("Relations with the Soviet Union improved.", "en", "Soviet Union").entityId())
                .isEqualTo("loc-su");
        assertThat(mention("Sau đó Liên Xô tan rã.", "vi", "Liên Xô").entityId()).isEqualTo("loc-su");
    }

    @Test
    void shouldKeepConnectorsInsideNamesWhenOrganisationNames() {
        assertThat(extract("Hội đồng NATO-Nga được thành lập năm 2002.", "vi"))
                .extracting(EntityMention::text, EntityMention::entityId)
                .containsExactly(tuple("Hội đồng NATO-Nga", "org-nato-russia-council"));
        assertThat(extract("Vào ngày 18, Bộ trưởng Bộ Ngoại giao Nga, ông Sergey Lavrov, cho biết.", "vi"))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Bộ Ngoại giao Nga", EntityType.ORG), tuple("Sergey Lavrov", EntityType.PER));
        assertThat(mention("The Bank of Zorgonia raised rates.", "en", "Bank of Zorgonia").type())
                .isEqualTo(EntityType.ORG);
        assertThat(mention("Το Συμβούλιο Ρωσίας – ΝΑΤΟ ιδρύθηκε.", "el", "Συμβούλιο Ρωσίας – ΝΑΤΟ").entityId())
                .isEqualTo("org-nato-russia-council");
    }

    @Test
    void shouldSplitAcronymGluedToNextWordWhenSpaceIsMissing() {
        assertThat(extract("giữa liên minh quân sự NATOLiên bang Nga được thiết lập", "vi"))
                .extracting(EntityMention::text, EntityMention::entityId)
                .containsExactly(tuple("NATO", "org-nato"), tuple("Liên bang Nga", "loc-ru"));
    }

    @Test
    void shouldIgnoreWebCruftWhenShareButtonsBrandLinesAndBackLinks() {
        String text = "Share to facebook share twitter\n\nKatana VentraIP\n\nNATO met Russia.\n\n"
                + "Kembali kehalaman sebelumnya";

        assertThat(extract(text, "en")).extracting(EntityMention::text).containsExactly("NATO", "Russia");
    }

    @Test
    void shouldIgnoreNavigationListWhenShortLinesFollowEachOther() {
        String text = "NATO met Russia in 1997.\n\nForeign relations of Russia\n\nEnlargement of NATO\n\n"
                + "Armenia–NATO relations\n\nBelarus–NATO relations";

        assertThat(extract(text, "en")).extracting(EntityMention::start).containsExactly(0, 9);
    }

    @Test
    void shouldSkipSentenceInitialFunctionWordsWhenCapitalised() {
        assertThat(extract("The talks ended. In the end NATO won.", "en")).extracting(EntityMention::text)
                .containsExactly("NATO");
        assertThat(extract("Theo ông, hợp tác tiếp tục. Vào năm đó, NATO họp.", "vi")).extracting(EntityMention::text)
                .containsExactly("NATO");
        assertThat(extract("Το ΝΑΤΟ αποφάσισε. Η Ρωσία απάντησε.", "el")).extracting(EntityMention::text)
                .containsExactly("ΝΑΤΟ", "Ρωσία");
    }

    @Test
    void shouldSkipMonthAndWeekdayNamesWhenCapitalised() {
        assertThat(extract("On Monday in March, NATO met.", "en")).extracting(EntityMention::text)
                .containsExactly("NATO");
        assertThat(extract("Τον Οκτώβριο η Ρωσία απάντησε. Την Δευτέρα, Μάιο.", "el")).extracting(EntityMention::text)
                .containsExactly("Ρωσία");
    }

    @Test
    void shouldSkipExcludedSpansWhenDatesOverlapCapitalisedWords() {
        String text = "Tháng Mười Hai, NATO họp.";
        List<EntityMention> mentions = EXTRACTOR.extract(text, "vi", SENTENCES.split(text, "vi"),
                List.of(new dev.polychron.nlp.text.Span(0, 14)));

        assertThat(mentions).extracting(EntityMention::text).containsExactly("NATO");
    }

    @Test
    void shouldKeepUtf16OffsetsWhenTextHasAstralAndCombiningCharacters() {
        String text = "😀👍🏽 Ngày ấy, NATO và Nga\u0301 họp; 𝒜 Ρωσία.";

        List<EntityMention> mentions = extract(text, "vi");

        assertThat(mentions).extracting(EntityMention::text).contains("NATO", "Ρωσία");
        EntityMention nato = mentions.stream().filter(m -> m.text().equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.start()).isEqualTo(text.indexOf("NATO"));
        assertThat(nato.end()).isEqualTo(text.indexOf("NATO") + 4);
    }

    @Test
    void shouldFindPeopleAndPlacesWhenGerman() {
        List<EntityMention> mentions = extract(
                "Die Abriegelung West-Berlins begann 1961. Bundeskanzler Helmut Kohl reiste nach Moskau, "
                        + "wo er den sowjetischen Präsidenten traf.", "de");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("West-Berlins", "loc-west-berlin"), tuple("Helmut Kohl", "per-helmut-kohl"),
                tuple("Moskau", "loc-moscow"), tuple("sowjetischen", "loc-su"));
    }

    @Test
    void shouldFindOrganisationsAndPeopleWhenFrench() {
        List<EntityMention> mentions = extract(
                "Le président français François Mitterrand a rencontré à Bruxelles le président de la "
                        + "Commission européenne, Jacques Delors.", "fr");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::type, EntityMention::entityId)
                .containsExactly(tuple("français", EntityType.MISC, "loc-fr"),
                        tuple("François Mitterrand", EntityType.PER, "per-francois-mitterrand"),
                        tuple("Bruxelles", EntityType.LOC, "loc-brussels"),
                        tuple("Commission européenne", EntityType.ORG, "org-european-commission"),
                        tuple("Jacques Delors", EntityType.PER, "per-jacques-delors"));
    }

    @Test
    void shouldFindPeopleAndPlacesWhenSpanish() {
        List<EntityMention> mentions = extract(
                "El ministro ruso Serguéi Lavrov visitó Madrid y se reunió con la OTAN.", "es");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("ruso", "loc-ru"), tuple("Serguéi Lavrov", "per-sergey-lavrov"), tuple("Madrid", "loc-madrid"),
                tuple("OTAN", "org-nato"));
    }

    @Test
    void shouldFindPeopleAndPlacesWhenPortuguese() {
        List<EntityMention> mentions = extract(
                "O presidente russo Vladimir Putin visitou a União Europeia e a Alemanha.", "pt");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("russo", "loc-ru"), tuple("Vladimir Putin", "per-vladimir-putin"),
                tuple("União Europeia", "org-eu"), tuple("Alemanha", "loc-de"));
    }

    @Test
    void shouldFindPeopleAndPlacesWhenRussian() {
        List<EntityMention> mentions = extract(
                "Министр иностранных дел России Сергей Лавров прибыл в Брюссель на встречу с Европейским союзом.",
                "ru");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("России", "loc-ru"), tuple("Сергей Лавров", "per-sergey-lavrov"),
                tuple("Брюссель", "loc-brussels"), tuple("Европейским союзом", "org-eu"));
    }

    @Test
    void shouldFindPeopleAndTitlesWhenGreek() {
        List<EntityMention> mentions = extract(
                "Ο Γενικός Γραμματέας του ΝΑΤΟ, Μάνφρεντ Βόρνερ, θα επισκεπτόταν τη Μόσχα.", "el");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("ΝΑΤΟ", "org-nato"), tuple("Μάνφρεντ Βόρνερ", "per-manfred-worner"),
                tuple("Μόσχα", "loc-moscow"));
    }

    @Test
    void shouldFindTitledPersonWhenVietnamese() {
        List<EntityMention> mentions = extract(
                "Theo Vladimir Putin, ông đã đề xuất với Tổng thống Mỹ Bill Clinton trong chuyến thăm Moscow.", "vi");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::entityId).containsExactly(
                tuple("Vladimir Putin", "per-vladimir-putin"), tuple("Mỹ", "loc-us"),
                tuple("Bill Clinton", "per-bill-clinton"), tuple("Moscow", "loc-moscow"));
    }

    @Test
    void shouldDegradeToCapitalisedNamesWhenLanguageIsNotCovered() {
        List<EntityMention> mentions = extract(
                "Il presidente Sergio Mattarella ha incontrato il Consiglio Nazionale a Roma.", "it");

        assertThat(mentions).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("Sergio Mattarella", EntityType.PER), tuple("Consiglio Nazionale", EntityType.MISC),
                tuple("Roma", EntityType.LOC));
    }

    @Test
    void shouldLinkCuratedPersonWhenLanguageIsNotCoveredButSkeletonMatches() {
        assertThat(mention("Siergiej Ławrow przyjechał do Moskwy.", "pl", "Siergiej Ławrow"))
                .extracting(EntityMention::type, EntityMention::entityId)
                .containsExactly(EntityType.PER, "per-sergey-lavrov");
    }

    @Test
    void shouldLinkAcronymInParenthesesWhenItFollowsItsName() {
        List<EntityMention> mentions = extract(
                "The Zorgian Trade Council (ZTC) met in 2002. Later the ZTC was dissolved.", "en");

        assertThat(mentions).extracting(EntityMention::text).containsExactly("Zorgian Trade Council", "ZTC", "ZTC");
        assertThat(mentions).extracting(EntityMention::entityId).containsOnly(mentions.get(0).entityId());
    }
}
