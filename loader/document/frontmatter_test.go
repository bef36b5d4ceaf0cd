package document

import (
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want Meta
	}{
		{
			name: "YAML front matter fills the fields and keeps the rest in Extra",
			file: "recap.md",
			src: "---\ntitle: \"Gophers in Lisbon\"\nauthor: Rita Soares\ndate: 2021-05-04T18:00:00+01:00\n" +
				"lastmod: 2021-06-01\ntags: [go, lisbon]\ncategories:\n  - events\ndescription: A night of Go.\n" +
				"layout: post\ndraft: false\nresources:\n- name: thumb\n---\nBody.\n",
			want: Meta{
				Title: "Gophers in Lisbon", Author: "Rita Soares", Published: "2021-05-04",
				Tags: []string{"go", "lisbon"}, Categories: []string{"events"}, Summary: "A night of Go.",
				Extra: map[string]string{"lastmod": "2021-06-01", "layout": "post", "draft": "false"},
			},
		},
		{
			name: "the last change is the date when there is no other",
			file: "recap.md",
			src:  "---\ntitle: Winter roundup\nlastmod: \"2020-01-15\"\n---\nBody.\n",
			want: Meta{Title: "Winter roundup", Published: "2020-01-15"},
		},
		{
			name: "a later date key beats an earlier last change, which goes to Extra",
			file: "recap.md",
			src:  "---\nlastmod: 2021-06-01\ndescription: Long.\ndate: 2021-05-04\nsummary: Short.\n---\nBody.\n",
			want: Meta{
				Published: "2021-05-04", Summary: "Short.",
				Extra: map[string]string{"lastmod": "2021-06-01", "description": "Long."},
			},
		},
		{
			name: "a date with a zone after a space keeps its calendar day",
			file: "recap.md",
			src:  "---\ndate:   2020-03-01 00:00:01 -0800\n---\nBody.\n",
			want: Meta{Published: "2020-03-01"},
		},
		{
			name: "a list of authors gives the first",
			file: "recap.md",
			src:  "---\nauthors:\n  - jdoe\n  - asmith\n---\nBody.\n",
			want: Meta{Author: "jdoe"},
		},
		{
			name: "an author table gives its name",
			file: "recap.md",
			src:  "---\nauthor:\n  name: Kofi Mensah\n  twitter: kofi\n---\nBody.\n",
			want: Meta{Author: "Kofi Mensah"},
		},
		{
			name: "an author key made of the name's words is the name",
			file: "talks.md",
			src:  "---\nauthor: kofi_mensah\n---\nBody.\n",
			want: Meta{Author: "Kofi Mensah"},
		},
		{
			name: "an author's one-word handle stays as written",
			file: "talks.md",
			src:  "---\nauthor: kmensah\n---\nBody.\n",
			want: Meta{Author: "kmensah"},
		},
		{
			name: "an exported author table gives its display name, not its login",
			file: "recap.md",
			src:  "---\nauthor:\n  login: kmensah\n  display_name: Kofi Mensah\n  email: k@example.org\n---\nBody.\n",
			want: Meta{Author: "Kofi Mensah"},
		},
		{
			name: "a TOML author table gives its full name",
			file: "recap.md",
			src:  "+++\n[author]\nfull_name = \"Ida Holm\"\nhandle = \"ida\"\n+++\nBody.\n",
			want: Meta{Author: "Ida Holm"},
		},
		{
			name: "Ruby symbol keys lose their colon and unix times are dates",
			file: "jam.md",
			src:  "---\n:layout: post\n:title: Valley JAM\n:created: 1600000000\n:tags:\n- ci\n- meetup\n:author: bea\n---\nBody.\n",
			want: Meta{
				Title: "Valley JAM", Author: "bea", Published: "2020-09-13", Tags: []string{"ci", "meetup"},
				Extra: map[string]string{"layout": "post"},
			},
		},
		{
			name: "address keys fill URL, a tag string is split on spaces and the summary beats the excerpt",
			file: "recap.md",
			src:  "---\npermalink: /2019/recap/\nslug: recap\ntags: go rust\nexcerpt: Short.\nsummary: Shorter.\n---\nBody.\n",
			want: Meta{
				URL: "/2019/recap/", Slug: "recap", Tags: []string{"go", "rust"}, Summary: "Shorter.",
				Extra: map[string]string{"excerpt": "Short."},
			},
		},
		{
			name: "an unreadable date is kept in Extra",
			file: "recap.md",
			src:  "---\ndate: sometime soon\n---\nBody.\n",
			want: Meta{Extra: map[string]string{"date": "sometime soon"}},
		},
		{
			name: "YAML aliases are followed",
			file: "recap.md",
			src:  "---\nname: &n Dana\nauthor: *n\n---\nBody.\n",
			want: Meta{Author: "Dana", Extra: map[string]string{"name": "Dana"}},
		},
		{
			name: "empty front matter is allowed",
			file: "recap.md",
			src:  "---\n---\nBody.\n",
			want: Meta{},
		},
		{
			name: "YAML may close with three dots",
			file: "recap.md",
			src:  "---\ntitle: Dots\n...\nBody.\n",
			want: Meta{Title: "Dots"},
		},
		{
			name: "TOML front matter is read",
			file: "talks.md",
			src: "+++\ntitle = \"Talks\"\ndate = 2022-11-03T19:00:00-05:00\ntags = [\"kotlin\", \"android\"]\n" +
				"weight = 3\n[params]\nhidden = true\n+++\nBody.\n",
			want: Meta{
				Title: "Talks", Published: "2022-11-03", Tags: []string{"kotlin", "android"},
				Extra: map[string]string{"weight": "3"},
			},
		},
		{
			name: "TOML tables give their name and other scalars go to Extra",
			file: "talks.md",
			src:  "+++\ndraft = true\nrating = 4.5\n[author]\nname = \"Kim Ode\"\n+++\nBody.\n",
			want: Meta{Author: "Kim Ode", Extra: map[string]string{"draft": "true", "rating": "4.5"}},
		},
		{
			name: "a TOML array of author tables gives the first name",
			file: "talks.md",
			src:  "+++\n[[authors]]\nname = \"Ida Holm\"\n[[authors]]\nname = \"Rui Costa\"\n+++\nBody.\n",
			want: Meta{Author: "Ida Holm"},
		},
		{
			name: "TOML local dates are dates",
			file: "talks.md",
			src:  "+++\ndate = 2022-11-03\n+++\nBody.\n",
			want: Meta{Published: "2022-11-03"},
		},
		{
			name: "a Pelican header is read up to the blank line",
			file: "meetup.md",
			src: "Title: Remote C Meetup 0x03\nDate: 22:15 03-09-2019\nModified: 22:15 03-09-2019\nTags: C, Remote, Video\n" +
				"Slug: remote-c-meetup-0x03\nAuthors: Lars Berg, Ines Vidal\nSummary: A first line\n    that goes on.\n\nBody.\n",
			want: Meta{
				Title: "Remote C Meetup 0x03", Author: "Lars Berg", Published: "2019-03-09", Slug: "remote-c-meetup-0x03",
				Tags: []string{"C", "Remote", "Video"}, Summary: "A first line that goes on.",
				Extra: map[string]string{"modified": "22:15 03-09-2019"},
			},
		},
		{
			name: "a first line that is not a header key is body text",
			file: "meetup.md",
			src:  "Note: the venue changed.\n\nBody.\n",
			want: Meta{},
		},
		{
			name: "HTML pages fill empty fields from their head",
			file: "page.html",
			src: "<html><head><title>Site | Recap</title><meta property=\"og:title\" content=\"Recap\">" +
				"<meta name=\"description\" content=\"What happened.\"><meta name=\"author\" content=\"Uma Iyer\">" +
				"<meta name=\"keywords\" content=\"go, meetup\"><link rel=\"canonical\" href=\"https://example.org/recap\">" +
				"<meta property=\"article:published_time\" content=\"2018-02-03T10:00:00Z\"></head><body><p>Body.</p></body></html>",
			want: Meta{
				Title: "Recap", Author: "Uma Iyer", URL: "https://example.org/recap", Published: "2018-02-03",
				Tags: []string{"go", "meetup"}, Summary: "What happened.",
			},
		},
		{
			name: "front matter wins over the HTML head",
			file: "page.html",
			src:  "---\ntitle: Mine\n---\n<html><head><title>Theirs</title></head><body><p>Body.</p></body></html>",
			want: Meta{Title: "Mine"},
		},
		{
			name: "a JBake header of key=value lines closed by tildes",
			file: "recap.md",
			src:  "title=Spring gophers\ndate=2031-3-7\ntype=post\ntags=go, meetup\nstatus=published\nauthor=alima\n~~~~~~\n\nBody.\n",
			want: Meta{Title: "Spring gophers", Author: "alima", Published: "2031-03-07", Tags: []string{"go", "meetup"}, Extra: map[string]string{"type": "post", "status": "published"}},
		},
		{
			name: "key=value lines without the closing tildes are the body",
			file: "notes.md",
			src:  "x=1\ny=2\n\nBody.\n",
			want: Meta{},
		},
		{
			name: "a Jekyll file name gives the date and slug",
			file: "_posts/2016-08-05-summer-roundup.md",
			src:  "---\ntitle: Roundup\n---\nBody.\n",
			want: Meta{Title: "Roundup", Published: "2016-08-05", Slug: "summer-roundup"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			if d := diff(tt.want, doc.Meta); d != "" {
				t.Errorf("Parse(%q).Meta differs %s", tt.src, d)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "" when ParseDate should report false
	}{
		{"an ISO date is taken as is", "2019-03-30", "2019-03-30"},
		{"a date with a time and zone keeps its day", "2031-04-12 00:00:07 -0700", "2031-04-12"},
		{"a date with a glued offset keeps its day", "2030-11-02 18:41:22+00:00", "2030-11-02"},
		{"an RFC 3339 time keeps its day", "2029-06-17T07:05:44+00:00", "2029-06-17"},
		{"a late UTC time is not moved to the next day", "2017-08-04T23:59:00-11:00", "2017-08-04"},
		{"slashes work", "2015/01/09", "2015-01-09"},
		{"single digit months work", "2015-1-9", "2015-01-09"},
		{"unix seconds are dates in UTC", "1443637107", "2015-09-30"},
		{"unix milliseconds are dates in UTC", "1443637107000", "2015-09-30"},
		{"Pelican's time then date is month first", "21:04 04-07-2018", "2018-04-07"},
		{"a date then a time works", "04/07/2018 21:04", "2018-04-07"},
		{"a first number over 12 is the day", "21-04-2018", "2018-04-21"},
		{"a second number over 12 is the day", "04-21-2018", "2018-04-21"},
		{"dots put the day first", "04.07.2018", "2018-07-04"},
		{"a day and month name", "9 Jan 2015", "2015-01-09"},
		{"a month name first", "January 9, 2015", "2015-01-09"},
		{"a weekday and ordinal", "Wednesday, April 23rd, 2014", "2014-04-23"},
		{"an RFC 1123 date", "Mon, 02 Jan 2006 15:04:05 MST", "2006-01-02"},
		{"present's time and date", "15:04 2 Jan 2006", "2006-01-02"},
		{"an impossible day is rejected", "2019-02-30", ""},
		{"a month over 12 is rejected", "13-13-2019", ""},
		{"a missing day is rejected", "January 2015", ""},
		{"words are rejected", "sometime soon", ""},
		{"a short number is rejected", "2019", ""},
		{"empty is rejected", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("ParseDate(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.want != "")
			}
		})
	}
}
