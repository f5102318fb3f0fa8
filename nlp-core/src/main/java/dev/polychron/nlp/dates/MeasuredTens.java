package dev.polychron.nlp.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English tens after "the" that tell a measure, not a decade, where a word of heat, speed, age or polls or a unit
 * stands in their clause: "temperatures in the 80s", "highs in the 90s", "In the 90s the heat was brutal", "wind
 * gusts in the 40s", "approval ratings in the 40s", "in the 60s Fahrenheit", "the 50s and 60s age groups", "grades in
 * the 90s"; "the 80s"
 * and "the '80s" stay the 1980s elsewhere ("Music in the 80s was loud"). Ages mostly take a possessive ("men in their
 * 80s"), which no decade rule reads.
 */
final class MeasuredTens {

    /** How far from the tens a measure word may stand in their clause: "temperatures are expected to stay in". */
    private static final int REACH = 60;
    private static final String MEASURE_WORDS = "(?:\\b(?:temperatures?|temps|heat|highs|lows|degrees|mercury"
            + "|thermometers?|fahrenheit|celsius|aged|age\\s+groups?|speeds?|mph|km/h|kph|knots|gusts|winds|approval"
            + "|polling|percent|per\\s+cent|percentile|minutes?|seconds|scores?|grades?|marks|points)\\b|°|%)";
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(?iU)" + MEASURE_WORDS + "[^.,;:!?]*\\z");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern MEASURE_AFTER = Pattern.compile("(?iU)[^.,;:!?]*?" + MEASURE_WORDS);

    private MeasuredTens() {
    }

    /** Whether the tens that {@code m} reads in {@code text} are no measure: with an apostrophe ("the '70s") never. */
    static boolean notMeasured(String text, Matcher m) {
        return APOSTROPHE.matcher(m.group()).find() || !MEASURE_BEFORE.matcher(text).region(Math.max(0, m.start() - REACH), m.start()).find()
                && !MEASURE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + REACH)).lookingAt();
    }
}
