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
            el | Η ψηφοφορία θα γίνει στο τέλος της εβδομάδας.             | στο τέλος της εβδομάδας | 2020-W24 | WEEK | END
            """)
    void shouldDateAPartOfAYearOrWeekSaidWithoutItsNumber(String language, String text, String phrase, String value,
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
            """)
    void shouldFindNoPartOfAYearThatNamesAKindOfThing(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
