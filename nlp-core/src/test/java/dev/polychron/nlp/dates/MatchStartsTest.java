package dev.polychron.nlp.dates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MatchStartsTest {

    @Test
    void shouldFindWordsOnlyWhereTheyBeginWhenStartIsWord() {
        assertThat(matches("(?U)\\bmay\\b", Start.WORD, "dismay, may 2014")).containsExactly("may@8");
    }

    @Test
    void shouldLetLookBehindsSeeTheCharsBeforeACandidate() {
        assertThat(matches("(?<![0-9.])[0-9]{2}", Start.DIGIT, "1.23 45 x67")).containsExactly("45@5", "67@9");
    }

    @Test
    void shouldGoOnAfterTheEndOfAMatchLikeFind() {
        assertThat(matches("[0-9]{2}", Start.DIGIT, "12345")).containsExactly("12@0", "34@2");
    }

    @Test
    void shouldFindDaysAndHoursWhenStartIsDay() {
        String text = "5 May, 12.3.2014 at 7.30am; 2014 and 123 May";
        Pattern day = Pattern.compile("(?<![\\p{N}.])[0-3]?[0-9](?:\\.[0-9]{1,2}\\.[0-9]{4}| May|\\.[0-9]{2}am)");
        assertThat(matches(day.pattern(), Start.DAY, text)).isEqualTo(found(day, text))
                .containsExactly("5 May@0", "12.3.2014@7", "7.30am@20");
    }

    @Test
    void shouldNotTryAYearOrALongerNumberWhenStartIsDay() {
        assertThat(matches("[0-9]+", Start.DAY, "1 2014 23 456 7")).containsExactly("1@0", "23@7", "7@14");
    }

    @Test
    void shouldFindYearsAndWireClocksWhenStartIsFourDigits() {
        String text = "2014-05, 12-05, 0930 GMT; 20145-06 and 1999/2000";
        Pattern year = Pattern.compile("(?<![\\p{N}.])[0-9]{4}(?:-[0-9]{2}|/[0-9]{4}| GMT)");
        assertThat(matches(year.pattern(), Start.FOUR_DIGITS, text)).isEqualTo(found(year, text))
                .containsExactly("2014-05@0", "0930 GMT@16", "1999/2000@39");
    }

    @Test
    void shouldNotTryADayOrALongerNumberWhenStartIsFourDigits() {
        assertThat(matches("[0-9]+", Start.FOUR_DIGITS, "1 2014 23 45678 1999")).containsExactly("2014@2", "1999@16");
    }

    @Test
    void shouldFindRangesThatMayLeaveTheirFirstWordOutWhenStartIsWordsOrDay() {
        String text = "from 4 to 6 May, 14 to 16 May; 2014 to 16 May and from the 1st to 3 May";
        Start fromOrDay = Start.words(List.of("from")).orNumbers(Start.DAY);
        Pattern range = Pattern.compile("(?U)(?:\\bfrom\\s+(?:the\\s+)?)?(?<![\\p{N}])[0-9]{1,2}(?:st)?"
                + " to [0-9]{1,2} May");
        for (MatchStarts starts : List.of(MatchStarts.of(text, FirstWords.of(List.of())),
                MatchStarts.of(text, FirstWords.of(List.of(fromOrDay))))) {
            List<String> matches = new ArrayList<>();
            starts.forEach(range, fromOrDay, m -> matches.add(m.group() + "@" + m.start()));
            assertThat(matches).isEqualTo(found(range, text))
                    .containsExactly("from 4 to 6 May@0", "14 to 16 May@17", "from the 1st to 3 May@50");
        }
    }

    @Test
    void shouldNotTryAYearWhenStartIsWordsOrDay() {
        assertThat(matches("from|[0-9]+", Start.words(List.of("from")).orNumbers(Start.DAY), "from 2014 to 6"))
                .containsExactly("from@0", "6@13");
    }

    @Test
    void shouldFindMatchesInsideWordsWhenStartIsAnywhere() {
        assertThat(matches("thang\\s+[0-9]", Start.ANYWHERE, "xthang 5")).containsExactly("thang 5@1");
    }

    @Test
    void shouldSkipPositionsAfterADigitWhenThePatternRefusesANumberBeforeIt() {
        assertThat(MatchStarts.refusesAfterDigit("(?U)(?<![\\p{N}.,/])[0-9]{2}")).isTrue();
        assertThat(MatchStarts.refusesAfterDigit("(?<![\\p{L}\\p{N}])(?<n>[0-9]{1,3})")).isTrue();
        assertThat(MatchStarts.refusesAfterDigit("(?U)\\b[0-9]{4}\\b")).isTrue();
    }

    @Test
    void shouldTryPositionsAfterADigitWhenTheOpeningBindsOneAlternativeOnly() {
        assertThat(MatchStarts.refusesAfterDigit("(?U)\\b[a-z]+|[0-9]{2}")).isFalse();
        assertThat(MatchStarts.refusesAfterDigit("(?<![\\p{N}|])(?:a|b)\\Q|\\E[0-9]")).isTrue();
        assertThat(MatchStarts.refusesAfterDigit("(?<year>[0-9]{1,4})年")).isFalse();
    }

    @Test
    void shouldFindInsideANumberWhenThePatternAllowsIt() {
        assertThat(matches("[0-9]{2}年", Start.DIGIT, "1234年")).containsExactly("34年@2");
        assertThat(matches("\\b[0-9]{2}年|[0-9]年", Start.DIGIT, "1234年")).containsExactly("4年@3");
    }

    @Test
    void shouldFindCountedPhrasesNearTheirFixedPartLikeEveryWordStart() {
        String text = "in 1990, two days later, 3 weeks later and forty-two days later; 1234 days later";
        Pattern counted = Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>\\d{1,3}|\\p{L}++(?:[ -]\\p{L}++)?)"
                + " (?:days|weeks) later(?![\\p{L}\\p{N}])");
        List<String> near = new ArrayList<>();
        MatchStarts.of(text, FirstWords.of(List.of())).forEachNear(counted, "later", 4, m -> near.add(m.group() + "@" + m.start()));
        assertThat(near).isEqualTo(matches(counted.pattern(), Start.WORD, text)).containsExactly(
                "two days later@9", "3 weeks later@25", "forty-two days later@43");
    }

    @Test
    void shouldAgreeWithFindOnEveryStartThatHoldsForThePattern() {
        String text = "Ngày 3 tháng 4, from 1 to 3 April 2014; (12.5.2019) and 1999-2001.";
        Pattern word = Pattern.compile("(?U)\\b(?:from\\s+)?(?<![0-9])[0-9]+|\\b[a-z]+");
        Pattern digit = Pattern.compile("(?<![0-9.])[0-9]{1,4}(?:[.-][0-9]+)*");
        Pattern bounded = Pattern.compile("(?U)\\b[0-9]{2}(?![0-9])|(?<![\\p{N}])[0-9]{4}");
        Pattern lookBehind = Pattern.compile("(?<![\\p{N}.])[0-9]{1,2}(?:\\.[0-9]+)?");
        assertThat(matches(word.pattern(), Start.WORD, text)).isEqualTo(found(word, text));
        assertThat(matches(digit.pattern(), Start.DIGIT, text)).isEqualTo(found(digit, text));
        assertThat(matches(bounded.pattern(), Start.DIGIT, text)).isEqualTo(found(bounded, text));
        assertThat(matches(lookBehind.pattern(), Start.WORD, text)).isEqualTo(found(lookBehind, text));
    }

    @Test
    void shouldFindForEachRuleThatOpensWithTheSameWordsWhatFindFinds() {
        String text = "in march 2014, the 3 march, marching; 12 march, march 5";
        MatchStarts starts = MatchStarts.of(text, FirstWords.of(List.of()));
        Pattern month = Pattern.compile("(?U)\\bmarch\\b");
        Pattern monthYear = Pattern.compile("(?U)\\bmarch\\s+[0-9]{4}");
        Pattern monthDay = Pattern.compile("(?U)(?<![0-9])march\\s+[0-9]{1,2}");
        for (Pattern pattern : List.of(month, monthYear, monthDay, month)) {
            List<String> matches = new ArrayList<>();
            starts.forEach(pattern, Start.words(List.of("march")), m -> matches.add(m.group() + "@" + m.start()));
            assertThat(matches).isEqualTo(found(pattern, text));
        }
    }

    @Test
    void shouldFindWithTheFirstWordsOfAllStartsWhatFindFinds() {
        String text = "on 3march, the 12 march and marching; 5 march 2014, the march";
        Start march = Start.words(List.of("march"));
        Start theOrDigit = Start.words(List.of("march", "the")).orDigit();
        MatchStarts starts = MatchStarts.of(text, FirstWords.of(List.of(march, theOrDigit)));
        Map<Pattern, Start> rules = Map.of(Pattern.compile("(?U)\\bmarch\\b"), march,
                Pattern.compile("(?U)march\\s+[0-9]{4}"), march,
                Pattern.compile("(?U)\\b(?:the\\s+|[0-9]{1,2}\\s*)?march"), theOrDigit,
                Pattern.compile("(?U)\\b(?:the\\s+)?[0-9]{1,2}\\s+march"), theOrDigit);
        rules.forEach((pattern, start) -> {
            List<String> matches = new ArrayList<>();
            starts.forEach(pattern, start, m -> matches.add(m.group() + "@" + m.start()));
            assertThat(matches).as(pattern.pattern()).isEqualTo(found(pattern, text));
        });
    }

    private static List<String> matches(String regex, Start start, String text) {
        List<String> matches = new ArrayList<>();
        MatchStarts.of(text, FirstWords.of(List.of())).forEach(Pattern.compile(regex), start, m -> matches.add(m.group() + "@" + m.start()));
        return matches;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        var m = pattern.matcher(text);
        while (m.find()) {
            matches.add(m.group() + "@" + m.start());
        }
        return matches;
    }
}
