package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// foreignMonths are the months in the other languages posts are read in (German, French,
// Spanish, Portuguese, Italian, Dutch, and Polish in the genitive a date takes), written day
// first: "17. Mai", "17 mai 2031", "17 de mayo de 2031", "17 maggio", "17 mei", "17 maja".
var foreignMonths = map[string]time.Month{
	"januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "janeiro": 1, "gennaio": 1, "januari": 1, "stycznia": 1,
	"februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "fevereiro": 2, "febbraio": 2, "februari": 2, "lutego": 2,
	"märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3, "marco": 3, "maart": 3, "marca": 3,
	"avril": 4, "abril": 4, "aprile": 4, "kwietnia": 4,
	"mai": 5, "mayo": 5, "maio": 5, "maggio": 5, "mei": 5, "maja": 5,
	"juni": 6, "juin": 6, "junio": 6, "junho": 6, "giugno": 6, "czerwca": 6,
	"juli": 7, "juillet": 7, "julio": 7, "julho": 7, "luglio": 7, "lipca": 7,
	"august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8, "sierpnia": 8,
	"september": 9, "septembre": 9, "septiembre": 9, "setiembre": 9, "setembro": 9, "settembre": 9, "września": 9,
	"oktober": 10, "octobre": 10, "octubre": 10, "outubro": 10, "ottobre": 10, "października": 10,
	"november": 11, "novembre": 11, "noviembre": 11, "novembro": 11, "listopada": 11,
	"dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dezembro": 12, "dicembre": 12, "december": 12, "grudnia": 12,
}

// foreignDayMonth is a day, then a month of foreignMonths, then maybe a year: "17. Mai 2031",
// "17 de mayo de 2031", "1er juin".
var foreignDayMonth = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}+)\.?(?:,?\s+(?:de\s+)?(\d{4}))?`)

const monthNames = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

var (
	// "July 3, 2018", "Sept 23", "December 11 2019", "June 9th", "April 23, 2014"
	monthDay = regexp.MustCompile(`(?i)\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	// "29th July'17", "3 July 2018", "9 Jan 2015", "21st of October, 2015"
	dayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `)\.?(?:\s*(?:'|’)(\d{2})\b|,?\s+(\d{4})\b)?`)
	// "2018-07-03"
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "15.06.2020", "9.12.2016", "19-20.05.2017" (a range: its first day): day first, as
	// written across most of Europe; a year of four digits keeps version numbers out
	dottedDate = regexp.MustCompile(`\b(\d{1,2})(?:-\d{1,2})?\.(\d{1,2})\.((?:19|20)\d{2})\b`)
	// "yesterday", "last night", "last Tuesday", "tonight", "this evening": days relative to
	// the post's date
	relativeDay = guard(regexp.MustCompile(`(?i)\b(yesterday|last night|tonight|this (?:morning|afternoon|evening)|last (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`),
		"yesterday", "last ", "tonight", "this ")
	// words that put a date after the post was written
	futureWords = guard(regexp.MustCompile(`(?i)\b(will|next|upcoming|slated|coming up|planned|save the date|takes place|take place|aura lieu|auront lieu|tendrá lugar|terá lugar|avrà luogo)\b`),
		"will", "next", "upcoming", "slated", "coming up", "planned", "save the date", "takes place", "take place", "aura lieu", "auront lieu", "tendrá lugar", "terá lugar", "avrà luogo")
	// verbs that put what a text tells in the past: "we met on December 24"; "hosted" only
	// when it has an object ("Globex hosted us"), "hosted by Globex" being no tense at all
	pastWords = regexp.MustCompile(`(?i)\b(?:was|were|met|gave|held|took place|happened|had|spoke|presented|talked|went|came|joined|hosted (?:us|the|our)|visited|attended|recap)\b`)
	// an invitation is to what is to come: "join us in Lisbon on June 3", "see you on June 3"
	invitation = guard(regexp.MustCompile(`(?i)\b(?:join us|see you)\b`), "join us", "see you")
)

// monthDayRangeYear is a month's range of days and its year: "September 23 - 27, 2013",
// "Aug 16–18 2031".
var monthDayRangeYear = regexp.MustCompile(`(?i)^(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b`)

// dayRangeStart returns the first day of a range written at the end of text, before the last
// day and its month ("14-" in "14-15 March 2031", "14 – " in "14 – 15 March"), and the length
// of what it read, the byte before the day included unless the day opens text. It reads what
// `(?:^|[^\d])(\d{1,2})\s*[-–]\s*$` matches, from the end, where the expression would try each
// byte of text and a sentence with many dates would cost the square of its length.
func dayRangeStart(text string) (day string, n int, ok bool) {
	j := len(strings.TrimRight(text, "\t\n\f\r "))
	switch {
	case strings.HasSuffix(text[:j], "-"):
		j--
	case strings.HasSuffix(text[:j], "–"):
		j -= len("–")
	default:
		return "", 0, false
	}
	j = len(strings.TrimRight(text[:j], "\t\n\f\r "))
	i := j
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	if i == j || j-i > 2 {
		return "", 0, false
	}
	_, size := utf8.DecodeLastRuneInString(text[:i])
	return text[i:j], len(text) - (i - size), true
}

// monthStems hold the longest run of ASCII letters of each name of months and foreignMonths
// ("rz" of "märz"), those that hold another left out: text that holds none of them in any
// case names no month (see mayNameMonth). It is nil when a name has no ASCII letter.
var monthStems = func() *foldWords {
	var stems []string
	for _, names := range []map[string]time.Month{months, foreignMonths} {
		for name := range names {
			longest := ""
			for _, run := range strings.FieldsFunc(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
				if len(run) > len(longest) {
					longest = run
				}
			}
			if longest == "" {
				return nil // a name of no ASCII letter: any text may name it
			}
			stems = append(stems, longest)
		}
	}
	// a stem that holds another is found wherever the other is
	short := slices.DeleteFunc(slices.Clone(stems), func(s string) bool {
		return slices.ContainsFunc(stems, func(o string) bool { return o != s && strings.Contains(s, o) })
	})
	return newFoldWords(short...)
}()

// mayNameMonth reports whether text may name a month of months or foreignMonths, as the date
// expressions read them (in any case, folded as Unicode folds it, or lower-cased). Only "ſ",
// the Kelvin sign and "İ" fold or lower-case to ASCII letters; text without them must hold a
// month's stem.
func mayNameMonth(text string) bool {
	return monthStems == nil || strings.Contains(text, "ſ") || strings.Contains(text, "\u212a") || strings.Contains(text, "\u0130") || monthStems.in(text)
}

// allIf is re.FindAllStringSubmatchIndex(text, -1), or nil without asking when may is false
// (text can hold no match).
func allIf(may bool, re *regexp.Regexp, text string) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(text, -1)
}

// dateIn finds the first full date in text and returns it as YYYY-MM-DD, or "". A date
// without a year takes the post's year, moved a year on for things the text says will happen
// and a year back for recaps of something after the post date.
func dateIn(text string, published time.Time) string {
	type hit struct {
		at         int
		y, m, d    int
		yearStated bool
	}
	var best *hit
	consider := func(h hit) {
		if h.m < 1 || h.m > 12 || h.d < 1 || h.d > 31 {
			return
		}
		if best == nil || h.at < best.at {
			best = &h
		}
	}
	// stated sets the year a date writes in text[from:to] (from < 0: none written)
	stated := func(h *hit, from, to int) {
		if from >= 0 {
			h.y, _ = strconv.Atoi(text[from:to])
			h.yearStated = true
		}
	}
	if strings.IndexAny(text, "0123456789") < 0 {
		return relativeDate(text, published) // every full date has a digit
	}
	month := mayNameMonth(text)
	for _, m := range allIf(strings.IndexByte(text, '-') >= 0, isoDate, text) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		consider(hit{at: m[0], y: y, m: mo, d: d, yearStated: true})
	}
	for _, m := range allIf(strings.IndexByte(text, '.') >= 0, dottedDate, text) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		consider(hit{at: m[0], y: y, m: mo, d: d, yearStated: true})
	}
	for _, m := range allIf(month, monthDay, text) {
		mo := months[strings.ToLower(text[m[2]:m[3]])]
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		h := hit{at: m[0], m: int(mo), d: d}
		stated(&h, m[6], m[7])
		consider(h)
	}
	for _, m := range allIf(month, foreignDayMonth, text) {
		name := strings.ToLower(text[m[4]:m[5]])
		mo, ok := foreignMonths[name]
		if !ok {
			mo, ok = months[name] // "13. November": an English name after a dotted day
		}
		if !ok {
			continue
		}
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		h := hit{at: m[2], m: int(mo), d: d}
		stated(&h, m[6], m[7])
		consider(h)
	}
	for _, m := range allIf(month, dayMonth, text) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo := months[strings.ToLower(text[m[4]:m[5]])]
		h := hit{at: m[0], m: int(mo), d: d}
		if day, n, ok := dayRangeStart(text[:m[0]]); ok {
			// "14-15 March 2019": a range of days starts on its first
			h.d, _ = strconv.Atoi(day)
			h.at = m[0] - n
		}
		switch {
		case m[6] >= 0:
			yy, _ := strconv.Atoi(text[m[6]:m[7]])
			h.y, h.yearStated = 2000+yy, true
		default:
			stated(&h, m[8], m[9])
		}
		consider(h)
	}
	if best == nil {
		return relativeDate(text, published)
	}
	if !best.yearStated {
		// "September 23 - 27, 2013": a range of days in a month, its year after the last
		if m := monthDayRangeYear.FindStringSubmatchIndex(text[best.at:]); m != nil && m[0] == 0 {
			best.y, _ = strconv.Atoi(text[best.at+m[2] : best.at+m[3]])
			best.yearStated = true
		}
	}
	if !best.yearStated {
		// "on March 4 and April 8, 2020": a later date's year
		for _, m := range allIf(month, monthDay, text) {
			if m[0] > best.at && m[6] >= 0 {
				best.y, _ = strconv.Atoi(text[m[6]:m[7]])
				best.yearStated = true
				break
			}
		}
	}
	if !best.yearStated && !published.IsZero() {
		// "Wed Oct 8": of the post's year and the years either side, the one where the day
		// falls on that weekday (a day's weekday shifts by one or two a year, so at most one)
		if wd, ok := weekdayBefore(text, best.at); ok {
			for y := published.Year() - 1; y <= published.Year()+1; y++ {
				if time.Date(y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
					best.y, best.yearStated = y, true
				}
			}
		}
	}
	if !best.yearStated {
		if published.IsZero() {
			return ""
		}
		best.y = published.Year()
		at := time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC)
		switch future := futureWords.MatchString(text) || invitation.MatchString(text) && !pastWords.MatchString(text); {
		case future && at.Before(published):
			best.y++
		case !future && at.After(published.AddDate(0, 0, 7)) && (pastWords.MatchString(text) || at.After(published.AddDate(0, 6, 0))):
			// "We met on December 24" in a post of November, "December 12" in one of January:
			// last year's. A day a few weeks or months after the post that no verb puts in the
			// past is one it announces ("Java Vienna 17 March" in a post of February).
			best.y--
		}
	}
	t := time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != best.d {
		return "" // no such day, e.g. February 30
	}
	return fmt.Sprintf("%04d-%02d-%02d", best.y, best.m, best.d)
}

// weekdays are the names of the days of the week, whole and abbreviated, in the languages
// posts are read in.
var weekdays = map[string]time.Weekday{
	"sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2,
	"wednesday": 3, "wed": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5,
	"fri": 5, "saturday": 6, "sat": 6,
	"sonntag": 0, "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6,
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"domingo": 0, "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "sabado": 6,
	"segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
	"zondag": 0, "maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6,
}

// weekdayBefore returns the weekday named right before offset at in text ("Wed Oct 8",
// "Wednesday, October 8", "Mittwoch, 8. Oktober"), the commas, periods and spaces between
// them aside.
func weekdayBefore(text string, at int) (time.Weekday, bool) {
	head := strings.TrimRight(text[:at], " ,.\u00a0")
	i := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	wd, ok := weekdays[strings.ToLower(head[i+1:])]
	return wd, ok
}

// relativeDate resolves a day named relative to the post's date: "yesterday" and "last night"
// are the day before, "tonight" and "this evening" the day itself, "last Tuesday" the latest
// Tuesday before it. "Last week" or "last month" name no single day and give "".
func relativeDate(text string, published time.Time) string {
	if published.IsZero() {
		return ""
	}
	m := relativeDay.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	day := published
	switch w := strings.ToLower(m[1]); {
	case w == "yesterday" || w == "last night":
		day = published.AddDate(0, 0, -1)
	case m[2] != "":
		want := weekdays[strings.ToLower(m[2])]
		back := (int(published.Weekday()) - int(want) + 7) % 7
		if back == 0 {
			back = 7
		}
		day = published.AddDate(0, 0, -back)
	}
	return day.Format("2006-01-02")
}
