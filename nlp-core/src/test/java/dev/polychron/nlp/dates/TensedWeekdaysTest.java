package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TensedWeekdaysTest {

    /** A Tuesday: the nearest Sunday is 2013-02-10, the nearest Friday 2013-02-15. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 9, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | They will meet on Sunday.                 | Sunday       | 2013-02-17
            en | They'll vote on Monday.                   | Monday       | 2013-02-18
            en | The minister said on Friday that it ends. | Friday       | 2013-02-08
            en | They will meet on Tuesday.                | Tuesday      | 2013-02-19
            en | The minister said on Tuesday.             | Tuesday      | 2013-02-12
            en | He said they will meet on Friday.         | Friday       | 2013-02-15
            en | Talks on Sunday. They will go on.         | Sunday       | 2013-02-10
            vi | Họ sẽ gặp nhau vào chủ nhật.              | chủ nhật     | 2013-02-17
            vi | Ông đã phát biểu vào thứ Sáu.             | thứ Sáu      | 2013-02-08
            el | Θα συναντηθούν την Κυριακή.               | Κυριακή      | 2013-02-17
            de | Die Regierung wird am Sonntag entscheiden. | Sonntag     | 2013-02-17
            de | Er sagte am Freitag, es sei vorbei.       | Freitag      | 2013-02-08
            fr | Le sommet aura lieu dimanche.             | dimanche     | 2013-02-17
            es | El domingo va a votar el parlamento.      | domingo      | 2013-02-17
            ru | Встреча состоится в воскресенье.          | воскресенье  | 2013-02-17
            zh | 会议将于星期日举行。                        | 星期日        | 2013-02-17
            en | The summit will be held on Sunday.        | Sunday       | 2013-02-17
            zh | 警方星期日将嫌犯逮捕。                      | 星期日        | 2013-02-10
            es | La era digital llega el viernes.          | viernes      | 2013-02-15
            """)
    void shouldLookForwardOrBackAsTheClauseTenseSays(String language, String text, String expectedText,
                                                    String expectedValue) {
        assertThat(extractor.extract(text, language, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.text()).isEqualTo(expectedText);
            assertThat(mention.start()).isEqualTo(text.indexOf(expectedText));
            assertThat(mention.value()).isEqualTo(expectedValue);
            assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
        });
    }
}
