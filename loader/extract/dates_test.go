package extract

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestDateIn(t *testing.T) {
	published := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
		gap       string
	}{
		{name: "a month, day and year", text: "The meetup took place on July 3, 2018.", published: published, want: "2018-07-03"},
		{name: "a month and day without a comma before the year", text: "We met on December 11 2019.", published: published, want: "2019-12-11"},
		{name: "an abbreviated month with a period", text: "We met on Sept. 23, 2019 downtown.", published: published, want: "2019-09-23"},
		{name: "a day before the month and year", text: "We met on 3 July 2018.", published: published, want: "2018-07-03"},
		{name: "an ordinal day and a two-digit year after an apostrophe", text: "We met on 29th July'17.", published: published, want: "2017-07-29"},
		{name: "an ordinal day 'of' the month", text: "Tartu, Estonia, 21st of October, 2031", published: published, want: "2031-10-21"},
		{name: "an ISO date", text: "Held on 2018-07-03 at the office.", published: published, want: "2018-07-03"},
		{name: "a dotted date is day first", text: "Gophers Night, Turku (4.11.2021)", published: published, want: "2021-11-04"},
		{name: "a dotted range of days gives its first day", text: "FooConf, Tartu (19-20.05.2017)", published: published, want: "2017-05-19"},
		{name: "a dotted version number is no date", text: "Upgrade to 1.12.3 now.", published: published, want: ""},
		{name: "German: a dotted day and the month", text: "Mi., den 13. November, Oldenburg", published: published, want: "2019-11-13"},
		{name: "Spanish: day de month de year", text: "El jueves 7 de marzo de 2019 en Lima.", published: published, want: "2019-03-07"},
		{name: "French: the first of the month and a year", text: "Rendez-vous le 1er juin 2019 à Nantes.", published: published, want: "2019-06-01"},
		{name: "Portuguese: day de month", text: "Encontro no dia 5 de outubro de 2019.", published: published, want: "2019-10-05"},
		{name: "Polish: the month in the genitive", text: "Spotkanie 12 września 2019 w Gdańsku.", published: published, want: "2019-09-12"},
		{name: "a word that is a month elsewhere needs a day before it", text: "Mars and Mai are names here.", published: published, want: ""},
		{name: "a dotted date with month 13 is no date", text: "Held on 02.13.2019.", published: published, want: ""},
		{name: "the first of several dates", text: "Held on March 4, 2020 and again on April 8, 2020.", published: published, want: "2020-03-04"},
		{
			name: "a year written once after two dates belongs to both", text: "We met on March 4 and April 8, 2020.", published: published, want: "2020-03-04",
		},
		{name: "a weekday picks the year after the post's", text: "Thu Oct 8, 18:30 @ Globex", published: published, want: "2020-10-08"},
		{name: "a weekday picks the year before the post's", text: "Mon, December 24: lightning talks", published: published, want: "2018-12-24"},
		{name: "a weekday that fits the post's year keeps it", text: "Tuesday, 8 October at the library", published: published, want: "2019-10-08"},
		{name: "a German weekday before a dotted day", text: "Donnerstag, 8. Oktober, Oldenburg", published: published, want: "2020-10-08"},
		{name: "a weekday that fits no year nearby is left aside", text: "Fri Oct 8, 18:30", published: published, want: "2019-10-08"},
		{name: "a month's range of days takes the year after it", text: "When: September 23 - 27, 2013", published: published, want: "2013-09-23"},
		{name: "a range of days starts on its first", text: "14-15 March 2019, Porto, Portugal", published: published, want: "2019-03-14"},
		{name: "a range of days with an en dash and spaces", text: "Held 3 – 5 March 2019 in Ghent.", published: published, want: "2019-03-03"},
		{name: "a recap without a year takes the post's year", text: "We met on Sept 23.", published: published, want: "2019-09-23"},
		{name: "a recap of a day just after the post date keeps the post's year", text: "We met on November 25.", published: published, want: "2019-11-25"},
		{name: "a recap of a day long after the post date is the year before", text: "We met on December 24.", published: published, want: "2018-12-24"},
		{name: "a day weeks after the post that no verb puts in the past is to come", text: "Tartu JUG 24 December - Quiet Queues", published: published, want: "2019-12-24"},
		{name: "a day many months after the post is last year's", text: "Tartu JUG 24 October - Quiet Queues", published: time.Date(2019, 1, 10, 0, 0, 0, 0, time.UTC), want: "2018-10-24"},
		{name: "an announcement of a day before the post date is the next year", text: "The next meetup will be on March 5th.", published: published, want: "2020-03-05"},
		{name: "what takes place on a day after the post is to come", text: "Our meetup takes place on March 14 in Ghent, hosted by Globex.", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), want: "2024-03-14"},
		{name: "hosted with an object is past", text: "Globex hosted us on December 24.", published: published, want: "2018-12-24"},
		{name: "a save-the-date after the post date keeps the post's year", text: "Save the date: December 12th.", published: published, want: "2019-12-12"},
		{name: "a date without a year and no post date is unknown", text: "We met on Sept 23.", want: ""},
		{name: "a date with a year needs no post date", text: "We met on July 3, 2018.", want: "2018-07-03"},
		{name: "February 30 does not exist", text: "Held on February 30, 2019.", published: published, want: ""},
		{name: "February 29 exists in a leap year", text: "Held on Feb 29, 2020.", published: published, want: "2020-02-29"},
		{name: "February 29 does not exist in another year", text: "Held on Feb 29, 2019.", published: published, want: ""},
		{name: "an ISO date with month 13 is no date", text: "On 2019-13-01 nothing happened.", published: published, want: ""},
		{name: "a month and year is no full date", text: "Oslo Meetup: May 2021", published: published, want: ""},
		{name: "yesterday is the day before the post", text: "Yesterday we met at the Northwind office.", published: published, want: "2019-11-19"},
		{name: "last night is the day before the post", text: "Thanks to everyone who came last night!", published: published, want: "2019-11-19"},
		{name: "tonight is the post's day", text: "Tonight we meet again at the Northwind office.", published: published, want: "2019-11-20"},
		{name: "last and a weekday is the latest such day before the post", text: "Last Tuesday we met at the Northwind office.", published: published, want: "2019-11-19"},
		{name: "last and the post's own weekday is a week before", text: "We met last Wednesday.", published: published, want: "2019-11-13"},
		{name: "last week names no single day", text: "We met last week at the Northwind office.", published: published, want: ""},
		{name: "a relative day without a post date is unknown", text: "Yesterday we met at the Northwind office.", want: ""},
		{name: "a stated date wins over a relative day", text: "Yesterday, on November 18, we met again.", published: published, want: "2019-11-18"},
		{name: "a month alone is no date", text: "We met in May.", published: published, want: ""},
		{name: "a version number is no date", text: "Version 1.2 was released.", published: published, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			if got := dateIn(tc.text, tc.published); got != tc.want {
				t.Errorf("dateIn(%q, %s) = %q, want %q", tc.text, tc.published.Format("2006-01-02"), got, tc.want)
			}
		})
	}
}

// TestDayRangeStartAgrees checks that dayRangeStart reads, from the end, what the expression
// it stands for matches.
func TestDayRangeStartAgrees(t *testing.T) {
	re := regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s*[-–]\s*$`)
	heads := []string{"", "x", "on ", "1", "12", "123", "Oslo, 2031", "é", "\n", "(", "9–"}
	tails := []string{"14-", "14 - ", "4–", "4 –\t", "14 -\n ", "14", "14 x-", "-", "–", "14--", "014-", "14 — ", "1 4-"}
	for _, h := range heads {
		for _, tl := range tails {
			text := h + tl
			day, n, ok := dayRangeStart(text)
			m := re.FindStringSubmatch(text)
			if ok != (m != nil) || ok && (day != m[1] || n != len(m[0])) {
				t.Errorf("dayRangeStart(%q) = %q, %d, %v, want %q", text, day, n, ok, m)
			}
		}
	}
}

// TestMayNameMonth checks that text naming a month, in any case, may name one, and that text
// naming none does not.
func TestMayNameMonth(t *testing.T) {
	for _, names := range []map[string]time.Month{months, foreignMonths} {
		for name := range names {
			for _, text := range []string{name, strings.ToUpper(name), strings.ToUpper(name[:1]) + name[1:], "on 4 " + name + " 2031"} {
				if !mayNameMonth(text) {
					t.Errorf("mayNameMonth(%q) = false, want true", text)
				}
			}
		}
	}
	for _, text := range []string{"", "Scaling Ledgers 12 – Ana Lima (Tidepool)", "18:30 – 2031", "ſ", "\u212a", "\u0130"} {
		want := strings.ContainsAny(text, "ſ\u212a\u0130")
		if got := mayNameMonth(text); got != want {
			t.Errorf("mayNameMonth(%q) = %v, want %v", text, got, want)
		}
	}
}
