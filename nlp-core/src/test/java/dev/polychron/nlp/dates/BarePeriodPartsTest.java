package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import dev.polychron.events.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarePeriodPartsTest {

    /** Wednesday 10 June 2020. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2020, 6, 10, 12, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Cuối năm, giá phân bón sẽ giảm nhẹ.                       | Cuối năm               | 2020     | YEAR | END
            vi | Nhà ga mới dự kiến đầu năm sẽ đón khách.                  | đầu năm                | 2020     | YEAR | START
            vi | Viện bảo tàng sẽ mở thêm hai phòng trưng bày vào giữa năm. | giữa năm              | 2020     | YEAR | MID
            vi | Năm 1936 tuyến đường sắt được nối thông. Cuối năm, tàu chạy suốt. | Cuối năm        | 1936     | YEAR | END
            vi | Năm 1935, ga Huế được sửa. Năm 1936, đường ray được nối. Cuối năm, tàu chạy suốt. | Cuối năm | 1936 | YEAR | END
            el | Η έκθεση θα κλείσει στα τέλη του χρόνου.                  | τέλη του χρόνου        | 2020     | YEAR | END
            el | Οι ανασκαφές ξεκίνησαν στις αρχές του έτους.              | αρχές του έτους        | 2020     | YEAR | START
            el | Το 1896 άνοιξε η γραμμή. Στα μέσα της χρονιάς επεκτάθηκε. | μέσα της χρονιάς       | 1896     | YEAR | MID
            en | The new wing of the museum will open by the end of the year. | the end of the year | 2020     | YEAR | END
            en | The plague reached the port in May 1348. At the end of the year the town was empty. | the end of the year | 1348 | YEAR | END
            en | Early in the year the council met twice.                  | Early in the year      | 2020     | YEAR | START
            fr | La médiathèque rouvrira à la fin de l'année.              | fin de l'année         | 2020     | YEAR | END
            fr | Le conseil votera le budget en fin d'année.               | fin d'année            | 2020     | YEAR | END
            fr | Le cloître fut restauré en 1868. À la fin de l'année, les moines revinrent. | fin de l'année | 1868 | YEAR | END
            fr | Le musée, fondé en 1998, fermera à la fin de l'année.     | fin de l'année         | 2020     | YEAR | END
            de | Der neue Bahnsteig soll Ende des Jahres fertig sein.      | Ende des Jahres        | 2020     | YEAR | END
            es | La vacuna llegará a finales de año a las farmacias.       | finales de año         | 2020     | YEAR | END
            ru | Новую ветку метро откроют в конце года.                  | конце года             | 2020     | YEAR | END
            ru | Храм освятили в 1912 году. В конце года его закрыли.     | конце года             | 1912     | YEAR | END
            it | Il raccolto sarà venduto alla fine dell'anno.             | fine dell'anno         | 2020     | YEAR | END
            pt | A ponte será reaberta no final do ano.                    | final do ano           | 2020     | YEAR | END
            pl | Rząd przedstawi budżet do końca roku.                     | do końca roku          | 2020     | YEAR | END
            uk | Уряд ухвалить реформу до кінця року.                     | до кінця року          | 2020     | YEAR | END
            cs | Vláda schválí reformu do konce roku.                      | do konce roku          | 2020     | YEAR | END
            cs | Na začátku roku vzrostly ceny.                            | začátku roku           | 2020     | YEAR | START
            sv | Reformen ska vara klar i slutet av året.                  | i slutet av året       | 2020     | YEAR | END
            da | Reformen skal være klar ved udgangen af året.             | ved udgangen af året   | 2020     | YEAR | END
            nb | Renten steg i begynnelsen av året.                        | i begynnelsen av året  | 2020     | YEAR | START
            sv | Reformen ska vara klar vid årets slut.                    | årets slut             | 2020     | YEAR | END
            sv | Priserna steg i årets början.                             | årets början           | 2020     | YEAR | START
            da | Reformen skal være klar ved årets udgang.                 | årets udgang           | 2020     | YEAR | END
            nb | Reformen skal være klar ved årets slutt.                  | årets slutt            | 2020     | YEAR | END
            tr | Hükümet yıl sonuna kadar reformu tamamlayacak.            | yıl sonuna             | 2020     | YEAR | END
            tr | Yılın başında asgari ücret arttı.                         | Yılın başında          | 2020     | YEAR | START
            hu | Az év végéig a kormány elfogadja a reformot.              | év végéig              | 2020     | YEAR | END
            ar | ستنتهي الأعمال بحلول نهاية العام.                         | نهاية العام            | 2020     | YEAR | END
            ja | 政府は年末までに結論を出す。                              | 年末                   | 2020     | YEAR | END
            ja | 同社は年初に新製品を発表した。                            | 年初                   | 2020     | YEAR | START
            zh | 新线路预计年底前开通。                                    | 年底                   | 2020     | YEAR | END
            zh | 期限延长30日至年底。                                      | 年底                   | 2020     | YEAR | END
            zh | 年初，公司发布了新产品。                                  | 年初                   | 2020     | YEAR | START
            zh | 该公司年底将裁员。                                        | 年底                   | 2020     | YEAR | END
            zh | 我们年初就开始准备了。                                    | 年初                   | 2020     | YEAR | START
            ko | 정부는 연말까지 개혁을 마무리한다.                        | 연말                   | 2020     | YEAR | END
            ko | 연초에 물가가 올랐다.                                     | 연초                   | 2020     | YEAR | START
            ko | 정부는 내년 연말까지 개혁을 마무리한다.                   | 내년 연말              | 2021     | YEAR | END
            """)
    void shouldDateAPartOfAYearSaidWithoutItsNumber(String language, String text, String phrase, String value,
                                                          Granularity granularity, Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, language, REFERENCE);

        assertThat(mentions).filteredOn(mention -> mention.text().equals(phrase)).singleElement()
                .satisfies(mention -> {
                    assertThat(mention.value()).isEqualTo(value);
                    assertThat(mention.granularity()).isEqualTo(granularity);
                    assertThat(mention.modifier()).isEqualTo(modifier);
                    assertThat(mention.start()).isEqualTo(text.indexOf(phrase));
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            el | Οι εργασίες θα ξεκινήσουν στις αρχές του χρόνου.  | 2020-12-08 | αρχές του χρόνου | 2021 | START
            el | Οι εργασίες θα τελειώσουν στα τέλη του χρόνου.     | 2020-12-08 | τέλη του χρόνου  | 2020 | END
            vi | Cuối năm, giá cà phê đã tăng mạnh.                 | 2021-02-08 | Cuối năm         | 2020 | END
            vi | Đầu năm, giá cà phê sẽ giảm.                       | 2021-02-08 | Đầu năm          | 2021 | START
            sv | Vid årets slut hade bolaget 300 anställda.         | 2021-02-08 | årets slut       | 2020 | END
            """)
    void shouldTakeThePartOfTheYearThatTheTenseTellsOf(String language, String text, String reference, String phrase,
                                                       String value, Modifier modifier) {
        List<DateMention> mentions = extractor.extract(text, language, LocalDateTime.parse(reference + "T10:00"));

        assertThat(mentions).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(phrase);
            assertThat(mention.value()).isEqualTo(value);
            assertThat(mention.granularity()).isEqualTo(Granularity.YEAR);
            assertThat(mention.modifier()).isEqualTo(modifier);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vi | Tiền thưởng cuối năm của công nhân tăng 10%.
            vi | Kỳ thi cuối năm của trường được dời lại.
            vi | Đầu năm học mới, học sinh được miễn học phí.
            vi | Cuối năm Canh Tý, lúa được mùa.
            vi | Mỗi dịp cuối năm, chợ hoa rất đông.
            vi | Báo cáo cuối năm tài chính chưa được công bố.
            el | Στο τέλος της εβδομάδας εργασίας οι υπάλληλοι κουράζονται.
            el | Από την αρχή του χρόνου το σύμπαν διαστέλλεται.
            el | Στο τέλος του έτους των Παθών άλλαξε η λειτουργία.
            vi | Trong năm người, cuối năm người bị loại.
            vi | Báo cáo tài chính (cuối năm) đã công bố.
            en | At the end of the day, the vote matters little.
            en | In his early years the bishop wrote hymns.
            en | The year-end review was late.
            en | The end of the year-long strike came in spring.
            en | It was the end of the year before.
            fr | Les élèves partent à la fin de l'année scolaire.
            fr | À la fin de l'année de deuil, il se remaria.
            it | Alla fine dell'anno scolastico gli alunni partono.
            pl | Na koniec roku szkolnego uczniowie wyjechali.
            uk | До кінця навчального року залишився місяць.
            cs | Do konce školního roku zbývá měsíc.
            sv | I slutet av året innan hade han flyttat.
            sv | I årets slutspel vann Malmö.
            sv | Han talade om förra årets slut.
            da | Han talte om sidste års udgang.
            tr | Proje iki yıl sonunda tamamlandı.
            tr | Proje dört buçuk yıl sonunda tamamlandı.
            tr | Takım altmış yıl sonunda şampiyon oldu.
            tr | Proje 5 yıl sonunda tamamlandı.
            tr | Yıl sonu tatili için otel doldu.
            hu | Az év embere díjat kapott.
            hu | Két év végén a projekt lezárult.
            ar | في نهاية العام الدراسي يسافر الطلاب.
            ja | 年末年始の休暇は九日間だ。
            ja | 年末ジャンボ宝くじが発売された。
            ja | 株価は年初来高値を更新した。
            zh | 大年初一，全家团圆。
            zh | 他拿到一年底薪。
            zh | 少年初次登场。
            zh | 年末年初，商场人潮涌动。
            zh | 王鹤年初到上海。
            zh | 李永年底气十足。
            ko | 연말정산 서류를 제출했다.
            """)
    void shouldFindNoPartOfAYearThatNamesAKindOfThingOrAnotherPeriod(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
