package dev.polychron.nlp.dates;

import dev.polychron.events.DateMention;
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
            vi | Chính phủ cho biết hôm thứ Sáu rằng bầu cử sẽ diễn ra sớm. | thứ Sáu | 2013-02-08
            vi | Hôm thứ Hai, Quốc hội sẽ bỏ phiếu.        | thứ Hai      | 2013-02-18
            vi | Bộ trưởng sẽ phát biểu hôm thứ Năm.       | thứ Năm      | 2013-02-14
            el | Θα συναντηθούν την Κυριακή.               | Κυριακή      | 2013-02-17
            el | Ο υπουργός ανακοίνωσε την Παρασκευή τα μέτρα. | Παρασκευή | 2013-02-08
            el | Η συνάντηση πραγματοποιήθηκε την Κυριακή.  | Κυριακή      | 2013-02-10
            el | Οι βουλευτές ψήφισαν την Παρασκευή.        | Παρασκευή    | 2013-02-08
            el | Η έκρηξη έγινε την Παρασκευή στο λιμάνι.   | Παρασκευή    | 2013-02-08
            el | Είπε ότι θα ψηφίσουν την Παρασκευή.        | Παρασκευή    | 2013-02-15
            el | Η ψηφοφορία αναβλήθηκε για την Παρασκευή.  | Παρασκευή    | 2013-02-15
            de | Die Regierung wird am Sonntag entscheiden. | Sonntag     | 2013-02-17
            de | Er sagte am Freitag, es sei vorbei.       | Freitag      | 2013-02-08
            fr | Le sommet aura lieu dimanche.             | dimanche     | 2013-02-17
            es | El domingo va a votar el parlamento.      | domingo      | 2013-02-17
            ca | El ministre va dimitir dijous.            | dijous       | 2013-02-07
            ca | El tren va a Girona dijous.               | dijous       | 2013-02-14
            ca | L'equip va primer i juga dijous.          | dijous       | 2013-02-14
            ca | El Parlament votarà la llei diumenge.     | diumenge     | 2013-02-17
            ru | Встреча состоится в воскресенье.          | воскресенье  | 2013-02-17
            ru | На пятницу был назначен матч.             | пятницу      | 2013-02-15
            de | Für Freitag wurde Regen erwartet.         | Freitag      | 2013-02-15
            ru | Он пообещал в пятницу объявить решение.   | пятницу      | 2013-02-15
            zh | 会议将于星期日举行。                        | 星期日        | 2013-02-17
            en | The summit will be held on Sunday.        | Sunday       | 2013-02-17
            en | The minister flies to Brussels on Sunday. | Sunday       | 2013-02-17
            en | The offer expires at midnight on Sunday.  | Sunday       | 2013-02-17
            en | The president arrived in Hanoi on Sunday. | Sunday       | 2013-02-10
            zh | 警方星期日将嫌犯逮捕。                      | 星期日        | 2013-02-10
            zh | 双方星期五举行了会谈。                      | 星期五        | 2013-02-08
            zh | 为了星期五的会议，双方正在准备。            | 星期五        | 2013-02-15
            zh | 星期五之前要完成了解工作。                  | 星期五        | 2013-02-15
            zh | 星期五比赛就要开始了。                      | 星期五        | 2013-02-15
            ko | 경찰은 금요일에 용의자를 체포했다.          | 금요일        | 2013-02-08
            ko | 박물관은 일요일에 문을 열 예정이다.         | 일요일        | 2013-02-17
            ko | 장관은 금요일에 사임하겠다고 밝혔다.        | 금요일        | 2013-02-15
            es | La era digital llega el viernes.          | viernes      | 2013-02-15
            en | The minister told MPs on Friday it ends.   | Friday       | 2013-02-08
            en | He told reporters on Wednesday that he would resign. | Wednesday | 2013-02-06
            en | She will tell reporters on Wednesday.     | Wednesday    | 2013-02-13
            en | On Friday, thousands fought in Rome.      | Friday       | 2013-02-08
            en | The newly elected mayor takes office on Friday. | Friday | 2013-02-15
            en | Police arrested him on Friday.            | Friday       | 2013-02-08
            en | The firm announced on Friday that it will close. | Friday | 2013-02-08
            en | A man accused on Friday of fraud will appear in court. | Friday | 2013-02-08
            en | The museum is closed on Friday.           | Friday       | 2013-02-15
            en | The vote is on Friday, officials said.    | Friday       | 2013-02-15
            en | Talks will resume soon, the ministry said on Friday. | Friday | 2013-02-08
            en | He met the minister on Friday, and will see the president soon. | Friday | 2013-02-08
            en | Talks resume on Friday, said a spokesman. | Friday       | 2013-02-15
            en | On Friday, the minister said the plan was dead. | Friday | 2013-02-08
            en | Police arrested him on Friday, officials said. | Friday | 2013-02-08
            es | Rajoy comparece el viernes, informó la Moncloa. | viernes | 2013-02-15
            en | The hearing rescheduled on Friday draws crowds. | Friday | 2013-02-15
            en | The treaty will be formally signed on Friday. | Friday | 2013-02-15
            es | La votación se aplazó al viernes.         | viernes      | 2013-02-15
            en | Talks were held at the U.N. Voting resumes on Friday. | Friday | 2013-02-15
            en | The board has approved it on Friday.      | Friday       | 2013-02-08
            en | They met on Friday in Oslo.               | Friday       | 2013-02-08
            en | He died on Friday in Oslo.                | Friday       | 2013-02-08
            en | The treaty will be signed on Friday.      | Friday       | 2013-02-15
            en | Talks are planned for Friday.             | Friday       | 2013-02-15
            en | The United Nations meets on Friday.       | Friday       | 2013-02-15
            en | The summit, which begins on Sunday, was called after the attack. | Sunday | 2013-02-17
            en | The minister, who resigned on Friday, will testify soon. | Friday | 2013-02-08
            fr | Le festival, qui commence vendredi, a été fondé par la ville. | vendredi | 2013-02-15
            de | Das Festival, das am Freitag beginnt, wurde von der Stadt gegründet. | Freitag | 2013-02-15
            es | El festival, que comienza el viernes, fue fundado por la ciudad. | viernes | 2013-02-15
            en | On Friday, the minister, who was tired, resigned. | Friday | 2013-02-08
            en | Talks resume on Sunday.                   | Sunday       | 2013-02-17
            en | The museum reopens on Sunday.             | Sunday       | 2013-02-17
            en | The team got off to a good start on Sunday. | Sunday     | 2013-02-10
            en | The talks failed to resume on Sunday.     | Sunday       | 2013-02-10
            en | The war came to an end on Sunday.         | Sunday       | 2013-02-10
            en | Manchester United host Liverpool on Sunday. | Sunday     | 2013-02-17
            en | Arsenal face Chelsea at home on Sunday.    | Sunday       | 2013-02-17
            en | The school play on Sunday was a success.  | Sunday       | 2013-02-10
            de | Der Minister sagte, die Regierung habe am Freitag entschieden, die Steuer zu senken. | Freitag | 2013-02-08
            en | Wall Street ends on a high note on Monday. | Monday      | 2013-02-11
            en | The visits of the Pope on Sunday drew crowds. | Sunday   | 2013-02-10
            en | Voters go to the polls on Sunday.         | Sunday       | 2013-02-17
            en | The Senate votes on the bill on Thursday. | Thursday     | 2013-02-14
            en | The vote on Sunday was close.             | Sunday       | 2013-02-10
            en | Ahmed arrives on Friday.                  | Friday       | 2013-02-15
            fr | Le ministre a démissionné vendredi.       | vendredi     | 2013-02-08
            fr | Ils ont dit vendredi que tout allait bien. | vendredi    | 2013-02-08
            fr | Il y a une réunion vendredi.              | vendredi     | 2013-02-15
            fr | Le sommet a lieu vendredi.                | vendredi     | 2013-02-15
            es | El ministro dimitió el viernes.           | viernes      | 2013-02-08
            es | El viernes, los diputados votaron la ley. | viernes      | 2013-02-08
            es | El ministro ha dimitido el viernes.       | viernes      | 2013-02-08
            it | Venerdì il parlamento ha votato la legge. | Venerdì      | 2013-02-08
            pt | O ministro renunciou na sexta-feira.      | sexta-feira  | 2013-02-08
            pt | Estou em Lisboa na sexta-feira.           | sexta-feira  | 2013-02-15
            pt | O Benfica venceu o Porto no domingo.      | domingo      | 2013-02-10
            pt | O presidente partiu para Roma na sexta-feira. | sexta-feira | 2013-02-08
            pt | O museu abre na sexta-feira.              | sexta-feira  | 2013-02-15
            nl | Ajax won zondag van PSV.                  | zondag       | 2013-02-10
            nl | De minister trad vrijdag af.              | vrijdag      | 2013-02-08
            nl | Ajax speelt vrijdag tegen PSV.            | vrijdag      | 2013-02-15
            nl | De premier zei dat hij vrijdag zal aftreden. | vrijdag   | 2013-02-15
            nl | De wedstrijd werd uitgesteld tot vrijdag. | vrijdag      | 2013-02-15
            pl | Legia wygrała w niedzielę z Lechem.       | niedzielę    | 2013-02-10
            pl | W piątek Legia pokonała Lecha.            | piątek       | 2013-02-08
            pl | Legia zagra w niedzielę z Lechem.         | niedzielę    | 2013-02-17
            pl | Mecz przełożono na piątek.                | piątek       | 2013-02-15
            tr | Galatasaray Cuma günü Fenerbahçe'yi yendi. | Cuma        | 2013-02-08
            tr | TBMM Cuma günü yasayı kabul etti.         | Cuma         | 2013-02-08
            tr | Bakan Pazartesi günü Ankara'ya gidecek.   | Pazartesi    | 2013-02-18
            tr | Bakan Cuma günü istifa edeceğini söyledi. | Cuma         | 2013-02-15
            tr | Cuma günü yiyecek yardımı dağıtıldı.      | Cuma         | 2013-02-08
            tr | Cuma günü kendi evinde toplantı düzenliyor. | Cuma       | 2013-02-15
            tr | Cuma günü ölü sayısı yedi.                | Cuma         | 2013-02-15
            tr | Oylama Cuma gününe ertelendi.             | Cuma         | 2013-02-15
            da | FC København vandt fredag over Brøndby.   | fredag       | 2013-02-08
            da | Regeringen vil fremlægge planen fredag.   | fredag       | 2013-02-15
            da | Ministeren sagde, at fabrikken lukker fredag. | fredag   | 2013-02-15
            da | Holdet spillede kampe fredag.             | fredag       | 2013-02-15
            nb | Rosenborg vant fredag over Molde.         | fredag       | 2013-02-08
            nb | Statsministeren sa at hun møter ham fredag. | fredag     | 2013-02-15
            sv | Malmö FF vann fredag mot AIK.             | fredag       | 2013-02-08
            sv | Regeringen ska presentera budgeten fredag. | fredag      | 2013-02-15
            uk | Шахтар у п'ятницю переміг Динамо.         | п'ятницю     | 2013-02-08
            uk | Рада в п'ятницю ухвалила закон, який набуде чинності влітку. | п'ятницю | 2013-02-08
            uk | Президент підпише закон у п'ятницю.       | п'ятницю     | 2013-02-15
            uk | Прем'єр заявив, що уряд збирається в п'ятницю. | п'ятницю | 2013-02-15
            cs | Sparta v pátek porazila Slavii.           | pátek        | 2013-02-08
            cs | Sněmovna v pátek schválila zákon, který vstoupí v platnost v létě. | pátek | 2013-02-08
            cs | Vláda představí rozpočet v pátek.         | pátek        | 2013-02-15
            cs | Premiér řekl, že vláda zasedá v pátek.    | pátek        | 2013-02-15
            hu | A Fradi pénteken legyőzte az Újpestet.    | pénteken     | 2013-02-08
            hu | A parlament pénteken elfogadta a törvényt, amely nyáron lép hatályba. | pénteken | 2013-02-08
            hu | A találkozó pénteken volt a parlamentben. | pénteken     | 2013-02-08
            hu | A kormány vasárnap be fogja jelenteni a döntést. | vasárnap | 2013-02-17
            hu | A volt miniszter pénteken beszédet mond.  | pénteken     | 2013-02-15
            hu | A miniszter azt mondta, hogy a gyár pénteken bezár. | pénteken | 2013-02-15
            ar | أعلنت الحكومة يوم الجمعة عن خطة جديدة.   | الجمعة       | 2013-02-08
            ar | وفاز الأهلي على الزمالك يوم الجمعة.      | الجمعة       | 2013-02-08
            ar | سيزور الرئيس القاهرة يوم الأحد.           | الأحد        | 2013-02-17
            ar | قال الوزير إن الاتفاق سيوقع يوم الأحد.    | الأحد        | 2013-02-17
            ar | سيارة الإسعاف تصل يوم الأحد.              | الأحد        | 2013-02-10
            ar | مهرجان كان السينمائي يفتتح يوم الجمعة.   | الجمعة       | 2013-02-15
            ar | تنطلق البطولة يوم الأحد.                  | الأحد        | 2013-02-17
            he | הממשלה הודיעה ביום חמישי על הצעדים.      | ביום חמישי   | 2013-02-07
            he | השר יודיע ביום ראשון על הצעדים.           | ביום ראשון   | 2013-02-17
            he | הישיבה תיערך ביום ראשון.                  | ביום ראשון   | 2013-02-17
            he | הצבא נערך ביום חמישי לקראת הבחירות.     | ביום חמישי   | 2013-02-14
            he | הישיבה של הממשלה ביום ראשון.              | ביום ראשון   | 2013-02-10
            ja | 両首脳は金曜日に会談した。                | 金曜日        | 2013-02-08
            ja | 首相は金曜日に辞任したと発表した。        | 金曜日        | 2013-02-08
            ja | 大会は金曜日に開幕すると発表した。        | 金曜日        | 2013-02-15
            ja | 開幕した大会が金曜日に閉幕する。          | 金曜日        | 2013-02-15
            ja | 金曜日に会談する予定だった。              | 金曜日        | 2013-02-15
            hi | सरकार ने शुक्रवार को नई योजना की घोषणा की। | शुक्रवार | 2013-02-08
            hi | मैच शुक्रवार को था।                      | शुक्रवार      | 2013-02-08
            hi | अपने शुक्रवार के कार्यक्रम में भारत खेलेगा। | शुक्रवार | 2013-02-15
            th | ทีมชนะเมื่อวันศุกร์                       | วันศุกร์       | 2013-02-08
            th | เมื่อวันศุกร์ที่ผ่านมา ตำรวจจับผู้ต้องหา  | วันศุกร์       | 2013-02-08
            th | การแข่งขันจะเริ่มวันอาทิตย์นี้            | วันอาทิตย์นี้    | 2013-02-17
            th | ประชุมวันจันทร์นี้                        | วันจันทร์       | 2013-02-18
            es | El ministro anunció que dimitirá el viernes. | viernes   | 2013-02-15
            fr | Il a annoncé qu'il démissionnera vendredi. | vendredi    | 2013-02-15
            it | Ha annunciato che si dimetterà venerdì.   | venerdì      | 2013-02-15
            pt | Anunciou que renunciará na sexta-feira.   | sexta-feira  | 2013-02-15
            en | The minister announced he would resign on Friday. | Friday | 2013-02-15
            en | We have a scheduled meeting on Friday.    | Friday       | 2013-02-15
            en | The talks resume on Friday with a detailed agenda. | Friday | 2013-02-15
            fr | Elle a une journée chargée vendredi.      | vendredi     | 2013-02-15
            it | La squadra ha una partita venerdì.        | venerdì      | 2013-02-15
            en | He said that they have resigned on Friday. | Friday      | 2013-02-08
            en | She was questioned and will be freed on Sunday. | Sunday  | 2013-02-17
            en | The mayor will greet the queen and the king on Sunday. | Sunday | 2013-02-17
            en | The envoy died on Sunday.                 | Sunday       | 2013-02-10
            ru | Встреча прошла в пятницу.                | пятницу      | 2013-02-08
            ru | В пятницу рабочие вышли на забастовку.   | пятницу      | 2013-02-08
            ru | В пятницу команда выиграла финал.        | пятницу      | 2013-02-08
            it | La nazionale ha perso venerdì.            | venerdì      | 2013-02-08
            it | La giunta ha molto da fare venerdì.       | venerdì      | 2013-02-15
            fr | Le poète est mort vendredi.               | vendredi     | 2013-02-08
            fr | La piscine est fermée vendredi.           | vendredi     | 2013-02-15
            de | Die Partei hat am Freitag gewonnen.       | Freitag      | 2013-02-08
            de | Das Museum hat am Freitag geöffnet.       | Freitag      | 2013-02-15
            en | The minister said that the plant closes on Friday. | Friday | 2013-02-15
            es | El ministro dijo que la planta cierra el viernes. | viernes | 2013-02-15
            en | He will announce that decision on Sunday. | Sunday       | 2013-02-17
            en | She said that they met on Friday.         | Friday       | 2013-02-08
            en | By Thursday, the homes were without power. | Thursday   | 2013-02-07
            en | Until Friday, the shop was closed.        | Friday       | 2013-02-08
            en | By Sunday, the storm will have passed.    | Sunday       | 2013-02-17
            en | By Friday, more than 200 homes had been evacuated. | Friday | 2013-02-08
            en | By Friday, they had two days left.        | Friday       | 2013-02-15
            en | The talks had been scheduled for Friday.  | Friday       | 2013-02-15
            en | The vote was delayed until Friday.        | Friday       | 2013-02-15
            en | Police arrested a man in Leeds on Friday. | Friday       | 2013-02-08
            en | He arrived in Paris on Friday.            | Friday       | 2013-02-08
            en | Chelsea drew 1-1 with Liverpool on Friday. | Friday      | 2013-02-08
            en | They voted to close the plant on Friday.  | Friday       | 2013-02-15
            de | Der Minister sagte, er werde am Freitag zurücktreten. | Freitag | 2013-02-15
            es | El ministro dijo que dimitiría el viernes. | viernes     | 2013-02-15
            es | El jueves la policía detuvo a tres sospechosos. | jueves | 2013-02-07
            ru | Министр заявил, что уйдёт в отставку в понедельник. | понедельник | 2013-02-18
            uk | У четвер поліція затримала трьох підозрюваних. | четвер | 2013-02-07
            pl | W czwartek minister podał się do dymisji.  | czwartek    | 2013-02-07
            de | Am Samstag gewann Bayern gegen Dortmund.   | Samstag     | 2013-02-09
            ru | В субботу «Зенит» обыграл «Спартак».       | субботу     | 2013-02-09
            uk | У суботу «Динамо» обіграло «Шахтар».       | суботу      | 2013-02-09
            pt | A polícia deteve três suspeitos na sexta-feira. | sexta-feira | 2013-02-08
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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Police said Thursday that the man will be charged on Sunday. | 2013-02-07 | 2013-02-17
            en | He met the envoy on Thursday and will see the queen on Sunday. | 2013-02-07 | 2013-02-17
            es | Se reunió con la jueza el jueves y verá al fiscal el domingo. | 2013-02-07 | 2013-02-17
            fr | Il a vu le juge jeudi et verra le procureur dimanche. | 2013-02-07 | 2013-02-17
            it | La squadra ha perso giovedì e giocherà domenica. | 2013-02-07 | 2013-02-17
            """)
    void shouldReadEachWeekdayByItsOwnPartOfTheSentence(String language, String text, String first, String second) {
        assertThat(extractor.extract(text, language, REFERENCE)).extracting(DateMention::value)
                .containsExactly(first, second);
    }
}
