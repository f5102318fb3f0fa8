package dev.polychron.nlp.dates;

import dev.polychron.events.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static dev.polychron.nlp.dates.OnlyMention.assertOnlyMention;
import static org.assertj.core.api.Assertions.assertThat;

/** Month names read as a language writes them, and the everyday words and names that look like them. */
class MonthNamesTest {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2015, 3, 18, 10, 0);
    private final RuleBasedDateExtractor extractor = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | La feria abre en mayo, como siempre.          | mayo              | 2015-05    | MONTH
            es | La obra termina el 2 de mayo.                  | 2 de mayo         | 2015-05-02 | DAY
            es | El contrato vence en julio.                    | julio             | 2015-07    | MONTH
            es | Se casan en Agosto, cerca del mar.             | Agosto            | 2015-08    | MONTH
            pt | A loja reabre em janeiro.                      | janeiro           | 2015-01    | MONTH
            pt | O estádio ficou pronto em maio de 2013.        | maio de 2013      | 2013-05    | MONTH
            it | Le scuole chiudono a giugno.                   | giugno            | 2015-06    | MONTH
            it | Il ponte fu aperto nel maggio 2012.            | maggio 2012       | 2012-05    | MONTH
            vi | Lễ hội mở vào tháng tám.                       | tháng tám         | 2015-08    | MONTH
            vi | Trường khai giảng vào Tháng Chín.              | Tháng Chín        | 2015-09    | MONTH
            tr | Satışlar şubatta geriledi.                     | şubatta           | 2015-02    | MONTH
            tr | Fuar nisan ayında açılacak.                    | nisan             | 2015-04    | MONTH
            tr | Göç haziranda yeniden başlıyor.                | haziranda         | 2015-06    | MONTH
            tr | Okullar Ocak ayında tatile girecek.            | Ocak              | 2016-01    | MONTH
            ar | وفي يناير انخفضت الأسعار.                      | يناير             | 2015-01    | MONTH
            pl | Prace trwały do maja.                          | maja              | 2015-05    | MONTH
            id | Harga beras naik pada Januari.                 | Januari           | 2015-01    | MONTH
            id | Pemilu digelar pada Juni.                      | Juni              | 2015-06    | MONTH
            id | Harga cabai melonjak pada akhir Juni.          | pada akhir Juni   | 2015-06    | MONTH
            id | Sejak Mei, harga naik.                         | Mei               | 2015-05    | MONTH
            """)
    void shouldReadMonthWrittenAsItsLanguageWritesIt(String language, String text, String expectedText,
                                                     String expectedValue, Granularity expectedGranularity) {
        assertOnlyMention(text, extractor.extract(text, language, REFERENCE), expectedText, expectedValue,
                expectedGranularity);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | El mayor reto del club es la defensa.
            es | Los mayores pagan menos en el autobús.
            es | La mayoría de los vecinos votó no.
            es | Cenamos junto a la Plaza Mayor.
            es | Julio Cortázar escribió cuentos.
            es | Vivió en la Avenida de Mayo muchos años.
            pt | O maior rio do estado transbordou.
            pt | A maioria dos alunos faltou.
            pt | O governador do Rio de Janeiro falou na rádio.
            pt | Moramos perto da Rua Augusta, no centro.
            it | Il fratello maggiore studia a Pisa.
            it | I maggiori azionisti hanno venduto.
            vi | Đội bạn thắng ba trận sân nhà.
            vi | Xe chạy thẳng bảy cây số nữa.
            vi | Nhà có cầu thang hai tầng.
            tr | Kazan ocakta kaynıyordu.
            tr | Kedi iki duvar arasındaki aralıkta uyudu.
            tr | Köylüler tarlada ekimde çalıştı.
            pl | Mieszkańcy mają dość hałasu.
            pl | Wszyscy mają 15 minut przerwy.
            pl | Mają 30 dni na odwołanie.
            pl | Odbyło się 12 razy.
            pl | Spotkanie odbędzie się 5 razy w roku.
            id | Mei Lin tiba di Jakarta.
            id | April Jasmine menyanyikan lagu itu.
            id | Agustus Sani menjabat bupati.
            id | Ia kuliah di Universitas Sebelas Maret Surakarta.
            id | Rumah Sakit Oktober Indah dibuka.
            id | November Rain adalah lagu terkenal.
            """)
    void shouldNotReadMonthInEverydayWordOrName(String language, String text) {
        assertThat(extractor.extract(text, language, REFERENCE)).isEmpty();
    }
}
