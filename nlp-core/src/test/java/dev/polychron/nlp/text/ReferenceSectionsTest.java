package dev.polychron.nlp.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceSectionsTest {

    private final ReferenceSections references = new ReferenceSections();

    @Test
    void shouldMarkEverythingAfterHeadingWhenReferenceSectionStarts() {
        String text = "Body in 2014.\nTham khảo\n^ Truy cập ngày 3 tháng 5 năm 2020.\n";

        assertThat(references.find(text, "vi")).containsExactly(new Span(text.indexOf("Tham"), text.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"it;Note", "it;Collegamenti esterni", "it;Altri progetti", "es;Referencias",
            "pt;Referências", "nl;Referenties", "nl;Externe links", "pl;Przypisy", "pl;Linki zewnętrzne",
            "cs;Externí odkazy", "sk;Referencie", "hu;Jegyzetek", "hu;További információk", "ro;Legături externe",
            "sv;Externa länkar", "da;Eksterne henvisninger", "nb;Eksterne lenker", "fi;Lähteet",
            "fi;Aiheesta muualla", "tr;Kaynakça", "tr;Dış bağlantılar", "uk;Примітки", "bg;Източници",
            "sr;Референце", "hr;Vanjske poveznice", "ja;脚注", "zh;参考文献", "zh;外部連結",
            "ko;각주", "ko;참고 문헌", "id;Pranala luar", "id;Catatan kaki", "th;อ้างอิง", "hi;सन्दर्भ",
            "ar;المراجع", "ar;وصلات خارجية", "he;הערות שוליים", "fa;منابع", "ka;სქოლიო", "ca;Referències",
            "pt-BR;Referências", "vi;Tham khảo[sửa | sửa mã nguồn]", "it;Note[modifica | modifica wikitesto]",
            "fr;Références :", "de;Einzelnachweise", "ru;Примечания"})
    void shouldMarkEverythingFromTheHeadingOfTheTextsLanguage(String language, String heading) {
        String text = "Body in 2014.\n" + heading + "\nA note, 2020.\n";

        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(heading), text.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"vi;References[edit]", "it;External links", "ja;References:"})
    void shouldMarkEverythingFromAnEnglishHeadingWhateverTheTextsLanguage(String language, String heading) {
        String text = "Body in 2014.\n" + heading + "\nA note, 2020.\n";

        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(heading), text.length()));
    }

    @Test
    void shouldKeepTheBodyWhenAHeadingWordStandsInProseOrInAnotherLanguage() {
        assertThat(references.find("Il concerto del 2019.\nNote sul concerto del 3 marzo 2019\nPoi nel 2020.", "it"))
                .isEmpty();
        assertThat(references.find("La Bibliografia di Dante uscì nel 1921.\nPoi nel 1930.", "it")).isEmpty();
        assertThat(references.find("The band split in 2019.\nNote\nThey met again in 2021.", "en")).isEmpty();
        assertThat(references.find("La novela se publicó en 1967.\nLiteratura\nEn 1982 recibió el Nobel.", "es"))
                .isEmpty();
    }

    @Test
    void shouldMarkShareButtonsWhenAtTopOfPage() {
        String text = "Share to: share facebook share twitter\nBody text in 1991.";

        assertThat(references.find(text, "en")).containsExactly(new Span(0, text.indexOf("Body")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"vi;Kembali kehalaman sebelumnya", "de;Zurück", "fr;Retour", "en;Print page",
            "es;Imprimir", "ru;Версия для печати"})
    void shouldMarkAMirrorsButtonLineInAnyLanguagesText(String language, String button) {
        String text = "Body text in 1991.\n" + button + "\n";

        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(button), text.length()));
    }

    @Test
    void shouldKeepABodyLineThatOpensWithAButtonWord() {
        assertThat(references.find("Retour à Paris en 1945.\nZurück blieb 1990 nur die Fassade.", "fr")).isEmpty();
    }

    @Test
    void shouldMarkBibliographyEntriesWhenSectionHasNoHeading() {
        String text = "Το 1994 η Ρωσία προσχώρησε.\n"
                + "Smith, John. \"NATO and Russia.\" Politics 34.2 (2014): 149-160.\n"
                + "Talbott, Strobe. The Russia Hand (2002) online\n";

        assertThat(references.find(text, "el")).containsExactly(
                new Span(text.indexOf("Smith"), text.indexOf("Talbott")),
                new Span(text.indexOf("Talbott"), text.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"de;Zuletzt abgerufen am 5. Mai 2020.",
            "de;Bundesamt, 2019, abgerufen am 5. Mai 2020 (englisch).",
            "fr;Site du ministère, consulté le 3 mars 2021.",
            "es;Informe anual. Consultado el 2 de junio de 2019.", "pt;Relatório. Consultado em 4 de maio de 2018.",
            "it;Comunicato, consultato il 7 aprile 2017.", "nl;Jaarverslag, geraadpleegd op 9 mei 2016.",
            "ru;Доклад. Дата обращения: 5 мая 2020.", "ru;Доклад. Архивировано 6 мая 2020 года.",
            "tr;Rapor. Erişim tarihi: 5 Mayıs 2020.", "fi;Vuosikertomus. Viitattu 5.5.2020.", "uk;Звіт. Процитовано 5 травня 2020.",
            "hu;Éves jelentés. Hozzáférés: 2020. május 5.", "ro;Raport anual. Accesat la 5 mai 2020.",
            "id;Laporan tahunan. Diakses tanggal 5 Mei 2020.", "ja;「年次報告」朝日新聞、2019年4月1日。2020年5月5日閲覧。",
            "ko;\"연례 보고서\". 연합뉴스. 2020년 5월 5일에 확인함.", "zh;《年度报告》. 新华社. 访问日期：2020-05-05.",
            "ar;تقرير سنوي. اطلع عليه بتاريخ 5 مايو 2020.", "bg;Годишен доклад. Посетен на 5 май 2020.",
            "hr;Godišnje izvješće. Pristupljeno 5. svibnja 2020.", "th;รายงานประจำปี. สืบค้นเมื่อ 5 พฤษภาคม 2563.",
            "en;Annual report. Accessed 5 May 2020."})
    void shouldMarkAccessNotesInTheLanguagesOfCitationTemplates(String language, String note) {
        String text = "Body in 2014.\n" + note + "\n";

        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(note), text.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "it;Rossi, M. «Il titolo», in Corriere della Sera. URL consultato il 7 aprile 2017.",
            "es;«Título». El País. Archivado desde el original el 6 de mayo de 2019.",
            "vi;“Tiêu đề”. Báo Nhân Dân. Lưu trữ bản gốc ngày 6 tháng 5 năm 2019.",
            "de;„Titel“. Die Zeit. Archiviert vom Original am 6. Mai 2019.",
            "ru;«Заголовок». Коммерсантъ. Архивировано из первоисточника 6 мая 2012.",
            "pl;„Tytuł”. Gazeta Wyborcza, 2019. [dostęp 2020-05-05].",
            "cs;NOVÁK, Jan. Název. Praha: Academia, 2010. [cit. 2020-05-05].",
            "ja;「題名」朝日新聞、2019年5月6日時点のオリジナルよりアーカイブ。",
            "zh;《标题》. 新华社. （原始内容存档于2020-05-05）.",
            "en;\"Title\". The Times. Archived from the original on 6 May 2019.",
            "en;\"Title\". The Times. Retrieved May 5, 2020.",
            "en;NATO chief asks for Russian help in Afghanistan Reuters Retrieved on ngày 9 tháng 3 năm 2010",
            "en;\"Title\". The Times. Retrieved 5th May 2020.", "en;\"Title\". The Times. Retrieved May 2020.",
            "en;\"Title\". Archived 2020-05-06 at the Wayback Machine.",
            "vi;“Tiêu đề”. The Wall Street Journal, US, ngày 30 tháng 3 năm 2017. Truy cập 2017-03-30.",
            "el;Παπαδόπουλος, Γ. «Τίτλος». Καθημερινή. Ανακτήθηκε στις 5 Μαΐου 2020.",
            "de;„Titel“. Die Zeit. Abgerufen am 5. Mai 2020.",
            "hu;„Cím”. Népszabadság. Archiválva 2016. március 4-i dátummal a Wayback Machine-ben."})
    void shouldMarkACitationLineByANoteOnlyCitationsWrite(String language, String citation) {
        String text = "Body in 2014.\n" + citation + "\n";

        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(citation), text.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "es;Pérez, Juan (5 de mayo de 2019). «La OTAN y Rusia: treinta años de una relación difícil entre la "
                    + "cooperación y la desconfianza». El País (Madrid). Archivado desde el original el 6 de mayo de "
                    + "2019. Consultado el 5 de mayo de 2020.",
            "fr;Jean Dupont, « L'OTAN et la Russie : trente ans d'une relation difficile entre coopération et "
                    + "méfiance », Le Monde, 5 mai 2023 (lire en ligne, consulté le 6 mai 2023), une enquête en trois "
                    + "volets.",
            "en;\"NATO and Russia: thirty years of a difficult relationship between cooperation and mistrust\". "
                    + "The Guardian. London, 5 May 2019, by John Smith and Anne Brown. Retrieved 5 May 2020. Page 3."})
    void shouldMarkALongCitationLineWithoutAMarkByItsNote(String language, String citation) {
        String text = "Body in 1949.\n" + citation;

        assertThat(citation).hasSizeGreaterThan(160);
        assertThat(references.find(text, language)).containsExactly(new Span(text.indexOf(citation), text.length()));
    }

    /** Notes that are everyday words too hold only before their date. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"en;Retrieved from the wreck in 1985, the bell was restored on 3 May 1990.",
            "en;Archived footage from 1969 shows the launch.", "en;Archived 1969 footage shows the launch in July.",
            "en;Accessed by 40,000 users in 2021, the site closed on 3 May 2022.",
            "vi;Truy cập Internet tăng mạnh trong năm 2020.", "el;Αρχειοθετήθηκε η υπόθεση το 2019.",
            "de;Abgerufen wurden bis Mai 2020 nur 10 Millionen Euro.", "hu;Archiválva 2019-ben a Wayback Machine-ben.",
            "fr;Le rapport, consulté le 6 mai 2023 par l'AFP (lire en ligne), fait état de retards sur le chantier, "
                    + "qui a pris du retard depuis l'hiver dernier et doit finir en 2025."})
    void shouldKeepABodyLineWhereACitationNoteIsAnEverydayWord(String language, String line) {
        assertThat(references.find("Body in 2014.\n" + line + "\n", language)).isEmpty();
    }

    @Test
    void shouldKeepABodyLineWhereAnAccessWordIsAnEverydayWord() {
        assertThat(references.find("Die Mittel wurden 2019 abgerufen.\nDie Frist lief am 5. Mai 2020 ab.", "de"))
                .isEmpty();
        assertThat(references.find("El informe, consultado el lunes por EFE, indica una caída del 3 %.", "es"))
                .isEmpty();
        assertThat(references.find("Selon un document consulté le 3 mars par l'AFP, le ministère a reçu de nombreuses "
                + "plaintes de riverains au sujet du chantier, qui a pris du retard depuis l'hiver dernier.", "fr"))
                .isEmpty();
        assertThat(references.find("Il fascicolo, consultato il 3 marzo dai giudici, era del 2019.", "it")).isEmpty();
        assertThat(references.find("Paketet hämtad 5 maj av kunden.\nDe läst 2 böcker.", "sv")).isEmpty();
        assertThat(references.find("毎日閲覧されるページは2020年に増えた。", "ja")).isEmpty();
        assertThat(references.find("Дело архивировано в 2019 году, но в мае 2020 года его открыли вновь.", "ru"))
                .isEmpty();
    }

    /** A "see also" heads links to other stories mid-article on news pages; Wikipedia's comes before its references. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"ro;Vezi și:", "pt;Ver também", "da;Se også", "sv;Se även", "id;Lihat pula"})
    void shouldKeepTheBodyAfterASeeAlsoHeadingOfAnotherLanguageThanEnglish(String language, String heading) {
        assertThat(references.find("Body in 2014.\n" + heading + "\nThe minister resigned on 5 March 2024.\n",
                language)).isEmpty();
    }

    /** A heading word atop a page, before any sentence, is a section's label. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"cs;Literatura", "it;Fonti", "hr;Literatura"})
    void shouldKeepTheBodyAfterAHeadingWordBeforeAnySentence(String language, String heading) {
        assertThat(references.find("Kultura\n" + heading + "\nSpisovatel zemřel 3. března 2024 v Praze.\n",
                language)).isEmpty();
    }

    /** Verbs that are access notes elsewhere, in a body line that ends with its date. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"en;Hackers accessed 40,000 accounts in 2021.",
            "en;The servers were accessed on 14 March 2023.", "da;Manden blev hentet 5. marts 2024.",
            "nb;Stedet ble besøkt 17. mai 2023.", "sv;Boken läst 12 maj 2023.",
            "fr;Selon une archive du 12 mars 1944.", "ca;La consulta: 9 de novembre de 2014."})
    void shouldKeepABodyLineWithAnEverydayVerbBeforeItsDate(String language, String line) {
        assertThat(references.find("Body in 2014.\n" + line + "\n", language)).isEmpty();
    }

    @Test
    void shouldMarkEverythingFromASeeAlsoHeading() {
        String text = "The dam was finished in 1931.\nSee also\nList of dams built in 1930s\n";

        assertThat(references.find(text, "en")).containsExactly(new Span(text.indexOf("See"), text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright 2017 The Herald Wire. All rights reserved.", "© 2016 Example Media Ltd",
            "(c) 2018 Example Press. All rights reserved.",
            "This page was last edited on 3 June 2019, at 08:15 (UTC).", "Last modified on 12 May 2020"})
    void shouldMarkACopyrightNoticeOrAPageFooter(String footer) {
        String text = "The bridge opened in 1932.\n" + footer;

        assertThat(references.find(text, "en")).containsExactly(new Span(text.indexOf(footer), text.length()));
    }

    @Test
    void shouldKeepABodyLineAboutCopyright() {
        assertThat(references.find("Copyright law was reformed in 1998.\nThe last edited volume came in 2001.", "en"))
                .isEmpty();
        assertThat(references.find("The plan had three parts:\n(a) 2014 roads\n(b) 2015 schools\n(c) 2016 budget",
                "en")).isEmpty();
    }

    @Test
    void shouldMarkNothingWhenTextIsAllBody() {
        assertThat(references.find("NATO was founded in 1949.\nRussia joined in 1994.", "en")).isEmpty();
    }
}
