// Event dates as the API gives them ({value, granularity, modifier, rangeEnd, from, to}) turned into day numbers
// for the axis and into words for people. Day numbers count proleptic Gregorian days from 1970-01-01, so years
// before the common era (ISO "-0043-03-15") place like any other.

export function dayNumber(iso) {
    const match = /^([+-]?\d{1,9})-(\d{2})-(\d{2})/.exec(iso);
    if (!match) return NaN;
    let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // days from civil (the well-known era arithmetic), exact for every proleptic Gregorian date
    year -= month <= 2 ? 1 : 0;
    const era = Math.floor(year / 400);
    const yearOfEra = year - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

export function civil(dayNumberValue) {
    const z = dayNumberValue + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524)
        - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return {year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

/** The span an event covers on the axis, in day numbers, end exclusive. */
export function span(date) {
    return {start: dayNumber(date.from), end: dayNumber(date.to) + 1};
}

const MONTHS = Array.from({length: 12}, (_, i) =>
    new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2000, i, 1)));
const SEASONS = {SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter'};
const MODIFIERS = {START: 'early', MID: 'mid', END: 'late', APPROX: 'about'};

/** TIMEX and ISO years before the common era are astronomical: year 0 is 1 BC, -0043 is 44 BC. */
export function yearLabel(year) {
    return year <= 0 ? `${1 - year} BC` : String(year);
}

/** "late March 2017", "the 1990s", "the 19th century", "2004 – 2005": what a reader calls the date. */
export function describe(date) {
    const text = describeValue(date.value, date.granularity);
    const range = date.rangeEnd ? ` – ${describeValue(date.rangeEnd, date.granularity)}` : '';
    const modifier = MODIFIERS[date.modifier];
    return (modifier ? `${modifier} ${text}` : text) + range;
}

function describeValue(value, granularity) {
    const negative = value.startsWith('-');
    const parts = (negative ? value.slice(1) : value).split(/[-T]/);
    const year = Number(parts[0]) * (negative ? -1 : 1);
    switch (granularity) {
        // "19" is the 20th century (its years' first digits), "-05" the 5th century BC (500-401 BC)
        case 'century': return negative ? `the ${ordinal(-year)} century BC` : `the ${ordinal(year + 1)} century`;
        case 'decade': return `the ${Math.abs(year)}0s${negative ? ' BC' : ''}`;
        case 'year': return yearLabel(year);
        case 'season': return `${SEASONS[parts[1]] || parts[1]} ${yearLabel(year)}`;
        case 'quarter': return `${parts[1]} ${yearLabel(year)}`;
        case 'week': {
            // "2015-W11-WE" is that week's weekend
            const week = `week ${parts[1].replace('W', '')} of ${yearLabel(year)}`;
            return parts[2] === 'WE' ? `the weekend of ${week}` : week;
        }
        case 'month': return `${MONTHS[Number(parts[1]) - 1]} ${yearLabel(year)}`;
        default: {
            const day = `${Number(parts[2])} ${MONTHS[Number(parts[1]) - 1]} ${yearLabel(year)}`;
            const time = value.includes('T') ? value.slice(value.indexOf('T') + 1) : '';
            return time ? `${day}, ${time}` : day;
        }
    }
}

function ordinal(n) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({1: 'st', 2: 'nd', 3: 'rd'}[n % 10] || 'th');
    return `${n}${suffix}`;
}

export function isoOf(year, month, day) {
    const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
    return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The days a filter bound covers, for the TIMEX forms people type: "2014-04-01", "2014-04", "2014", "-0043",
 * "199" (the 1990s), "19" (the 20th century). Null when the value is none of these.
 */
export function timexBounds(value) {
    const match = /^(-?)(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
    if (!match) return null;
    const sign = match[1] ? -1 : 1;
    const digits = match[2];
    const scale = {2: 100, 3: 10, 4: 1}[digits.length];
    if (scale > 1 && match[3]) return null;
    // a century BC, "-05", is 500-401 BC: astronomical years -499 to -400
    const first = sign * Number(digits) * scale + (sign < 0 && scale === 100 ? 1 : 0);
    const last = first + scale - 1;
    const month = match[3] ? Number(match[3]) : null;
    const day = match[4] ? Number(match[4]) : null;
    if ((month && (month < 1 || month > 12)) || (day && (day < 1 || day > 31))) return null;
    const start = dayNumber(isoOf(first, month || 1, day || 1));
    const end = day ? start + 1
        : month ? dayNumber(isoOf(month === 12 ? first + 1 : first, month === 12 ? 1 : month + 1, 1))
            : dayNumber(isoOf(last + 1, 1, 1));
    return {start, end};
}
