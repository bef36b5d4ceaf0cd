package document

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a post date written in one of the ways blogs write them
// and returns it as YYYY-MM-DD. The date is taken as written: a time of day
// or a zone after it is ignored, never used to move the date to UTC, since
// the author's calendar day is the one that matters.
//
// Accepted forms:
//
//   - ISO-like dates, with anything after them: "2019-03-30",
//     "2031-04-12 09:15:07 -0700", "2030-11-02 18:41:22+00:00",
//     "2029-06-17T07:05:44+00:00", "2015/01/09".
//   - Unix time in seconds (9 to 11 digits) or milliseconds (12 or 13),
//     taken in UTC: "1443637107".
//   - Numeric day and month with a four-digit year, optionally with a time
//     of day before or after: "21:04 04-07-2018", "04/07/2018 21:04". With
//     dots ("04.07.2018") the day comes first, as in German. With dashes or
//     slashes the order is decided by the numbers when one is over 12, and
//     otherwise month first: that is the order of Pelican's default date
//     format and of the posts we read, so "04-07-2018" is 2018-04-07.
//   - Dates with month names, in any order, with an optional weekday,
//     ordinal suffixes, time of day and zone: "9 Jan 2015",
//     "January 9, 2015", "Wednesday, April 23, 2014",
//     "Mon, 02 Jan 2006 15:04:05 MST".
//
// ParseDate reports false for anything else and for dates that do not exist.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if y, m, d, ok := isoDate(s); ok {
		return formatDate(y, m, d)
	}
	if allDigits(s) {
		return unixDate(s)
	}
	if y, m, d, ok := numericDate(s); ok {
		return formatDate(y, m, d)
	}
	if y, m, d, ok := wordDate(s); ok {
		return formatDate(y, m, d)
	}
	return "", false
}

func formatDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 April and the like.
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// isoDate reads YYYY-MM-DD (or with / or .) at the start of s, followed by
// the end, a 'T', a space or an underscore.
func isoDate(s string) (y, m, d int, ok bool) {
	if len(s) < 8 || !allDigits(s[:4]) {
		return 0, 0, 0, false
	}
	sep := s[4]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, 0, 0, false
	}
	y, _ = strconv.Atoi(s[:4])
	rest := s[5:]
	m, rest, ok = leadingNumber(rest, 2)
	if !ok || rest == "" || rest[0] != sep {
		return 0, 0, 0, false
	}
	d, rest, ok = leadingNumber(rest[1:], 2)
	if !ok {
		return 0, 0, 0, false
	}
	if rest != "" && rest[0] != 'T' && rest[0] != ' ' && rest[0] != '_' && rest[0] != '\t' {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// leadingNumber reads 1 to max digits at the start of s.
func leadingNumber(s string, max int) (int, string, bool) {
	n := 0
	for n < len(s) && n < max && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || (n < len(s) && s[n] >= '0' && s[n] <= '9') {
		return 0, s, false
	}
	v, _ := strconv.Atoi(s[:n])
	return v, s[n:], true
}

func unixDate(s string) (string, bool) {
	if len(s) < 9 || len(s) > 13 {
		return "", false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return "", false
	}
	if len(s) >= 12 {
		n /= 1000
	}
	t := time.Unix(n, 0).UTC()
	return formatDate(t.Year(), int(t.Month()), t.Day())
}

// numericDate reads "DD-MM-YYYY", "MM/DD/YYYY" or "DD.MM.YYYY", with an
// optional time of day ("21:04") before or after it.
func numericDate(s string) (y, m, d int, ok bool) {
	var date string
	for _, f := range strings.Fields(s) {
		switch {
		case isClock(f):
		case date == "":
			date = f
		default:
			return 0, 0, 0, false
		}
	}
	if date == "" {
		return 0, 0, 0, false
	}
	a, rest, ok := leadingNumber(date, 2)
	if !ok || rest == "" {
		return 0, 0, 0, false
	}
	sep := rest[0]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, 0, 0, false
	}
	b, rest, ok := leadingNumber(rest[1:], 2)
	if !ok || len(rest) != 5 || rest[0] != sep || !allDigits(rest[1:]) {
		return 0, 0, 0, false
	}
	y, _ = strconv.Atoi(rest[1:])
	switch {
	case sep == '.', a > 12 && b <= 12:
		return y, b, a, true
	default:
		return y, a, b, true
	}
}

// isClock reports whether f is a time of day such as "21:04", "9:30:15",
// "21:04:05.123" or "9:30pm".
func isClock(f string) bool {
	f = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f), "am"), "pm")
	h, rest, ok := leadingNumber(f, 2)
	if !ok || h > 24 || rest == "" || rest[0] != ':' {
		return false
	}
	for _, c := range rest {
		if (c < '0' || c > '9') && c != ':' && c != '.' {
			return false
		}
	}
	return true
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

var weekdayNames = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// wordDate reads dates with a month name, in any order of day, month and
// year.
func wordDate(s string) (y, m, d int, ok bool) {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t'
	})
	for _, f := range fields {
		f = strings.TrimSuffix(f, ".")
		switch {
		case len(f) == 4 && allDigits(f):
			if y != 0 {
				return 0, 0, 0, false
			}
			y, _ = strconv.Atoi(f)
		case monthOf(f) > 0:
			if m != 0 {
				return 0, 0, 0, false
			}
			m = monthOf(f)
		case dayOf(f) > 0:
			if d != 0 {
				return 0, 0, 0, false
			}
			d = dayOf(f)
		case isWeekday(f), isClock(f), isZone(f), f == "at", f == "of":
		default:
			return 0, 0, 0, false
		}
	}
	return y, m, d, y != 0 && m != 0 && d != 0
}

// monthOf returns 1-12 for a month name or an abbreviation of at least three
// letters ("sep", "sept", "september"), and 0 otherwise.
func monthOf(f string) int {
	if len(f) < 3 {
		return 0
	}
	for i, name := range monthNames {
		if strings.HasPrefix(name, f) {
			return i + 1
		}
	}
	return 0
}

func isWeekday(f string) bool {
	if len(f) < 3 {
		return false
	}
	for _, name := range weekdayNames {
		if strings.HasPrefix(name, f) {
			return true
		}
	}
	return false
}

// dayOf returns the day in "9", "09", "9th" or "23rd", and 0 otherwise.
func dayOf(f string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		f = strings.TrimSuffix(f, suffix)
	}
	if len(f) == 0 || len(f) > 2 || !allDigits(f) {
		return 0
	}
	d, _ := strconv.Atoi(f)
	if d > 31 {
		return 0
	}
	return d
}

// isZone reports whether f is a time zone: a numeric offset ("+0000",
// "-08:00") or a short upper-case name such as "utc" or "pst" (f is
// lower-cased).
func isZone(f string) bool {
	if f == "z" || f == "utc" || f == "gmt" {
		return true
	}
	if len(f) >= 3 && (f[0] == '+' || f[0] == '-') {
		for _, c := range f[1:] {
			if (c < '0' || c > '9') && c != ':' {
				return false
			}
		}
		return true
	}
	if len(f) >= 3 && len(f) <= 4 {
		for _, c := range f {
			if c < 'a' || c > 'z' {
				return false
			}
		}
		return strings.HasSuffix(f, "t") // pst, cest, edt…
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
