package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
import dev.polychron.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Arabic and Georgian dates: both traditions of Arabic month names, Arabic spelled days and relative words, Georgian
 * case endings on weekdays and months and the year told first ("2015 წლის 14 აპრილი"). A row names its family, then
 * the sentence and the one mention expected in it.
 */
class ArabicAndGeorgianDatesTest {

    /** A Tuesday. */
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);
    private static final RuleBasedDateExtractor EXTRACTOR = new RuleBasedDateExtractor();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            months    | ar | وصل الوفد في 3 شباط 2014 إلى دمشق.       | 3 شباط 2014          | 2014-02-03 | DAY
            months    | ar | افتتح المعرض في 20 أيلول.                | 20 أيلول             | 2012-09-20 | DAY
            months    | ar | بدأت الحملة في 5 فيفري 2010.              | 5 فيفري 2010         | 2010-02-05 | DAY
            months    | ar | وقعت الحادثة في 7 يونيو 2011.             | 7 يونيو 2011         | 2011-06-07 | DAY
            months    | ar | وصل الوفد في 23 من شهر تشرين الأول.       | 23 من شهر تشرين الأول | 2012-10-23 | DAY
            months    | ar | بدأت الحملة في 5 من أيلول.                | 5 من أيلول           | 2013-09-05 | DAY
            months    | ar | تنتهي الأعمال في تشرين الأول.             | تشرين الأول          | 2013-10    | MONTH
            months    | ar | يعقد المؤتمر في شهر آب.                   | آب                   | 2013-08    | MONTH
            months    | ar | يبدأ المهرجان في شهر عشرة.                | شهر عشرة             | 2013-10    | MONTH
            nthDay    | ar | تنتهي الدورة آخر يوم من شهر تسعة.         | آخر يوم من شهر تسعة  | 2013-09-30 | DAY
            nthDay    | ar | تنتهي الدورة آخر يوم بشهر تسعة.           | آخر يوم بشهر تسعة    | 2013-09-30 | DAY
            nthDay    | ar | بدأ العمل أول يوم بمارس 2015.             | أول يوم بمارس 2015   | 2015-03-01 | DAY
            nthDay    | ar | تجتمع اللجنة ثاني يوم خميس بأيار.         | ثاني يوم خميس بأيار  | 2013-05-09 | DAY
            nthDay    | ar | تجتمع اللجنة آخر اثنين من الشهر القادم.   | آخر اثنين من الشهر القادم | 2013-03-25 | DAY
            nthDay    | ar | تجتمع اللجنة ثاني خميس من الشهر المقبل.   | ثاني خميس من الشهر المقبل | 2013-03-14 | DAY
            nthDay    | ar | تجتمع اللجنة ثان أربعا في أيار.           | ثان أربعا في أيار    | 2013-05-08 | DAY
            weekday   | ar | وصل الوفد الثلاثا إلى عمان.               | الثلاثا              | 2013-02-12 | DAY
            digits    | ar | صدر القرار في ١٥ مارس ٢٠١٤.               | ١٥ مارس ٢٠١٤         | 2014-03-15 | DAY
            spelled   | ar | عاد الوزير في الأول من نيسان.             | الأول من نيسان       | 2013-04-01 | DAY
            spelled   | ar | يبدأ العام الدراسي الرابع من شهر أيلول.   | الرابع من شهر أيلول  | 2013-09-04 | DAY
            weekday   | ar | يصل الرئيس الخميس إلى القاهرة.            | الخميس               | 2013-02-14 | DAY
            weekday   | ar | تجتمع اللجنة الجمعة المقبل.               | الجمعة المقبل        | 2013-02-15 | DAY
            relative  | ar | وصل الوفد البارحة.                        | البارحة              | 2013-02-11 | DAY
            relative  | ar | وصل الوفد قبل يوم أمس.                    | قبل يوم أمس          | 2013-02-10 | DAY
            weekOf    | ar | وصل الوفد الأحد من الأسبوع الماضي.        | الأحد من الأسبوع الماضي | 2013-02-10 | DAY
            weekOf    | ar | تجتمع اللجنة خميس الأسبوع المقبل.         | خميس الأسبوع المقبل  | 2013-02-21 | DAY
            relative  | ar | يسافر الوزير غدا إلى عمان.                | غدا                  | 2013-02-13 | DAY
            relative  | ar | تنتهي المفاوضات بعد غد.                   | بعد غد               | 2013-02-14 | DAY
            relative  | ar | تبدأ الانتخابات الأسبوع المقبل.           | الأسبوع المقبل       | 2013-W08   | WEEK
            relative  | ar | ارتفعت الأسعار الشهر الفائت.              | الشهر الفائت         | 2013-01    | MONTH
            relative  | ar | تراجع النمو العام الماضي.                 | العام الماضي         | 2012       | YEAR
            relative  | ar | افتتح الجسر في مارس الماضي.               | مارس الماضي          | 2012-03    | MONTH
            relative  | ar | غادر البلاد منذ 3 أيام.                   | منذ 3 أيام           | 2013-02-09 | DAY
            relative  | ar | غادر البلاد منذ يومين.                    | منذ يومين            | 2013-02-10 | DAY
            relative  | ar | وصل الوفد منذ شهرين.                      | منذ شهرين            | 2012-12-12 | DAY
            relative  | ar | وصل الوفد قبل أسبوع.                      | قبل أسبوع            | 2013-02-05 | DAY
            relative  | ar | تبدأ الانتخابات الأسبوع التالي.           | الأسبوع التالي       | 2013-W08   | WEEK
            relative  | ar | ارتفعت الأسعار الشهر السابق.              | الشهر السابق         | 2013-01    | MONTH
            relative  | ar | تراجع النمو السنة السابقة.                | السنة السابقة        | 2012       | YEAR
            weekday   | ka | შეხვედრა ხუთშაბათს გაიმართება.            | ხუთშაბათს            | 2013-02-14 | DAY
            weekday   | ka | შეხვედრა შემდეგ ოთხშაბათს გაიმართება.     | შემდეგ ოთხშაბათს     | 2013-02-20 | DAY
            weekday   | ka | ის ბოლო სამშაბათს ჩამოვიდა.               | ბოლო სამშაბათს       | 2013-02-05 | DAY
            months    | ka | არჩევნები მარტში ჩატარდება.               | მარტში               | 2013-03    | MONTH
            months    | ka | ხიდი 14 აპრილს გაიხსნა.                   | 14 აპრილს            | 2013-04-14 | DAY
            months    | ka | ხიდი 1-ლი მარტი გაიხსნა.                  | 1-ლი მარტი           | 2013-03-01 | DAY
            months    | ka | ხიდი თხუთმეტი თებერვალი გაიხსნა.          | თხუთმეტი თებერვალი   | 2013-02-15 | DAY
            months    | ka | ხიდი პირველი მაისი გაიხსნა.               | პირველი მაისი        | 2013-05-01 | DAY
            months    | ka | ხიდი მეთხუთმეტე მაისი გაიხსნა.            | მეთხუთმეტე მაისი     | 2013-05-15 | DAY
            months    | ka | ხიდი ოცდამეერთე მაისი გაიხსნა.            | ოცდამეერთე მაისი     | 2013-05-21 | DAY
            yearFirst | ka | ხიდი 2015 წლის 14 აპრილს გაიხსნა.         | 2015 წლის 14 აპრილს  | 2015-04-14 | DAY
            yearFirst | ka | ხიდი 2015 წლის მე-3 მარტს გაიხსნა.        | 2015 წლის მე-3 მარტს | 2015-03-03 | DAY
            yearFirst | ka | ხიდი 2014 წლის ოქტომბერში გაიხსნა.        | 2014 წლის ოქტომბერში | 2014-10    | MONTH
            nthDay    | ar | يعقد المجلس جلسته أول خميس من شهر أيار.  | أول خميس من شهر أيار | 2013-05-02 | DAY
            nthDay    | ar | تبدأ الدورة الأحد الثاني من آذار 2014.   | الأحد الثاني من آذار 2014 | 2014-03-09 | DAY
            nthDay    | ar | تنتهي المهلة في آخر يوم من نيسان.        | آخر يوم من نيسان     | 2013-04-30 | DAY
            nthDay    | ar | تصدر النتائج الأسبوع الأخير من حزيران.   | الأسبوع الأخير من حزيران | 2013-W26 | WEEK
            nthDay    | ar | يصوت البرلمان ثالث ثلاثاء من أيلول لعام 2014. | ثالث ثلاثاء من أيلول لعام 2014 | 2014-09-16 | DAY
            nthDay    | ka | კრება მაისის პირველ ხუთშაბათს გაიმართება. | მაისის პირველ ხუთშაბათს | 2013-05-02 | DAY
            nthDay    | ka | კრება ივნისის მე-2 ორშაბათს გაიმართება.  | ივნისის მე-2 ორშაბათს | 2013-06-10 | DAY
            nthDay    | ka | ვადა აპრილის ბოლო დღეს იწურება.          | აპრილის ბოლო დღეს    | 2013-04-30 | DAY
            spelled   | ar | تبدأ العطلة في أول تموز.                 | أول تموز             | 2013-07-01 | DAY
            spelled   | ar | وقع الاتفاق في الحادي والعشرين من أيار.  | الحادي والعشرين من أيار | 2012-05-21 | DAY
            spelled   | ar | وصل الوفد في الخامس عشرة من آذار.        | الخامس عشرة من آذار  | 2012-03-15 | DAY
            nthDay    | ar | تصدر النتائج الأسبوع الأول من عام 2015.  | الأسبوع الأول من عام 2015 | 2015-W01 | WEEK
            dayOf     | ar | يعود الوفد في 20 من الشهر المقبل.        | 20 من الشهر المقبل   | 2013-03-20 | DAY
            relative  | ar | ستمطر خلال 3 أيام القادمة.                | 3 أيام القادمة       | 2013-02-13 | DAY
            relative  | ar | افتتح الجسر هذا أيار.                     | هذا أيار             | 2013-05    | MONTH
            relative  | ar | ارتفعت الأسعار خلال الأشهر الثلاثة الماضية. | الأشهر الثلاثة الماضية | 2012-11 | MONTH
            relative  | ka | ფასები გასულ 2 თვეში გაიზარდა.            | გასულ 2 თვეში        | 2012-12    | MONTH
            relative  | ka | ფასები გასულ ორ თვეში გაიზარდა.           | გასულ ორ თვეში       | 2012-12    | MONTH
            relative  | ka | ის სამ დღეში ჩამოვა.                      | სამ დღეში            | 2013-02-15 | DAY
            relative  | ka | ხვალე წვიმა იქნება.                       | ხვალე                | 2013-02-13 | DAY
            relative  | ka | შემდეგი კვირის ოთხშაბათს ჩამოვა.          | შემდეგი კვირის ოთხშაბათს | 2013-02-20 | DAY
            """)
    void shouldReadTheDateOfEachFamily(String family, String language, String text, String mention, String value,
                                       Granularity granularity) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).singleElement().satisfies(date -> {
            assertThat(date.text()).isEqualTo(mention);
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.granularity()).isEqualTo(granularity);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            يستمر المهرجان من 13 إلى 15 تموز.   | من 13 إلى 15 تموز    | 2013-07-13 | 2013-07-15
            تغلق الطرق بين 3 و 5 آذار.         | بين 3 و 5 آذار       | 2013-03-03 | 2013-03-05
            يستمر المعرض من 23 إلى 26 من شهر أكتوبر. | من 23 إلى 26 من شهر أكتوبر | 2013-10-23 | 2013-10-26
            """)
    void shouldReadAnArabicRangeOfDays(String text, String mention, String value, String rangeEnd) {
        assertThat(EXTRACTOR.extract(text, "ar", REFERENCE)).singleElement().satisfies(date -> {
            assertThat(text.substring(date.start(), date.end())).isEqualTo(mention);
            assertThat(date.value()).isEqualTo(value);
            assertThat(date.rangeEnd()).isEqualTo(rangeEnd);
            assertThat(date.granularity()).isEqualTo(Granularity.DAY);
        });
    }

    @Test
    void shouldCountTheFollowingDayFromTheDateToldBefore() {
        String text = "وقع الزلزال في 3 آذار 2014، وفي اليوم التالي ضربت هزة ثانية.";

        assertThat(EXTRACTOR.extract(text, "ar", REFERENCE))
                .extracting(date -> text.substring(date.start(), date.end()), DateMention::value)
                .containsExactly(tuple("3 آذار 2014", "2014-03-03"), tuple("اليوم التالي", "2014-03-04"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | مارس الضغط على الحكومة.
            ar | زار أب الطفل المدرسة.
            ar | وصل أحد المسؤولين.
            ar | بقي هناك شهر واحد.
            ar | ارتفعت الأسعار للشهر الثالث على التوالي.
            ka | ის მარტო ცხოვრობს.
            ka | ერთი კვირა გავიდა.
            """)
    void shouldFindNoDateWhenTheWordIsNoMonthOrWeekday(String language, String text) {
        assertThat(EXTRACTOR.extract(text, language, REFERENCE)).isEmpty();
    }
}
