package store

import (
	"strings"
	"testing"
)

func TestSameTalk(t *testing.T) {
	tests := []struct {
		name   string
		a, b   talkFacts
		same   bool
		reason string // a reason the verdict must give
	}{
		{
			name:   "the same title by the same speaker is one talk",
			a:      talkFacts{Title: "Tracing without tears", Speakers: []string{"nadia-okafor"}},
			b:      talkFacts{Title: "Tracing Without Tears!", Speakers: []string{"nadia-okafor"}},
			same:   true,
			reason: "same title",
		},
		{
			name: "two people's talks with the same title stay two",
			a:    talkFacts{Title: "Introduction to Go", Speakers: []string{"mara-ellison"}, Cities: []string{"oslo-no"}},
			b:    talkFacts{Title: "Introduction to Go", Speakers: []string{"jonas-brekke"}, Cities: []string{"oslo-no"}},
			same: false,
		},
		{
			name: "different speakers stay apart even with the same link",
			a:    talkFacts{Title: "Introduction to Go", Speakers: []string{"mara-ellison"}, Links: []string{"go.dev/tour"}},
			b:    talkFacts{Title: "Introduction to Go", Speakers: []string{"jonas-brekke"}, Links: []string{"go.dev/tour"}},
			same: false,
		},
		{
			name:   "the same title where one post names no speaker is one talk",
			a:      talkFacts{Title: "Queues in practice", Speakers: []string{"pedro-alves"}},
			b:      talkFacts{Title: "Queues in Practice"},
			same:   true,
			reason: "speakers named in one post only",
		},
		{
			name:   "a title written slightly differently by the same speaker is one talk",
			a:      talkFacts{Title: "Building operators with Kudo", Speakers: []string{"ana-silva"}},
			b:      talkFacts{Title: "Building the Operators with KUDO", Speakers: []string{"ana-silva"}},
			same:   true,
			reason: "similar title (1.00 overlap",
		},
		{
			name:   "a reworded title with the same speaker and slides link is one talk",
			a:      talkFacts{Title: "Profiling Go services", Speakers: []string{"ana-silva"}, Links: []string{"talks.example.org/profiling"}},
			b:      talkFacts{Title: "Profiling Go services in production: a field guide", Speakers: []string{"ana-silva"}, Links: []string{"talks.example.org/profiling"}},
			same:   true,
			reason: "same link: talks.example.org/profiling",
		},
		{
			name: "a reworded title with the same speaker and no other evidence stays apart",
			a:    talkFacts{Title: "Profiling Go services", Speakers: []string{"ana-silva"}},
			b:    talkFacts{Title: "Profiling Go services in production: a field guide", Speakers: []string{"ana-silva"}},
			same: false,
		},
		{
			name: "two titles of one speaker given in the same city are two talks",
			a:    talkFacts{Title: "Go generics in practice", Speakers: []string{"ana-silva"}, Cities: []string{"oslo-no"}},
			b:    talkFacts{Title: "Go generics deep dive", Speakers: []string{"ana-silva"}, Cities: []string{"oslo-no"}},
			same: false,
		},
		{
			name: "a speaker's shared link does not join unrelated talks",
			a:    talkFacts{Title: "Queues in practice", Speakers: []string{"ana-silva"}, Links: []string{"example.org/talks"}},
			b:    talkFacts{Title: "Fuzzing the standard library", Speakers: []string{"ana-silva"}, Links: []string{"example.org/talks"}},
			same: false,
		},
		{
			name:   "untitled descriptions of one speaker's talk in the same cities are one talk",
			a:      talkFacts{Description: "a case study of how the Port of Lisbon moved its tracking to event streams", Speakers: []string{"nadia-okafor"}, Cities: []string{"lisbon-pt", "porto-pt"}},
			b:      talkFacts{Description: "a case study on the Port of Lisbon moving tracking to event streams", Speakers: []string{"nadia-okafor"}, Cities: []string{"lisbon-pt", "porto-pt"}},
			same:   true,
			reason: "same cities: lisbon-pt, porto-pt",
		},
		{
			name: "untitled descriptions of one speaker in different cities stay apart",
			a:    talkFacts{Description: "a case study of how the Port of Lisbon moved its tracking to event streams", Speakers: []string{"nadia-okafor"}, Cities: []string{"lisbon-pt"}},
			b:    talkFacts{Description: "a case study on the Port of Lisbon moving tracking to event streams", Speakers: []string{"nadia-okafor"}, Cities: []string{"porto-pt"}},
			same: false,
		},
		{
			name: "two untitled talks of one speaker about different things stay apart",
			a:    talkFacts{Description: "a talk about Go generics", Speakers: []string{"nadia-okafor"}, Cities: []string{"lisbon-pt"}},
			b:    talkFacts{Description: "a talk about container networking", Speakers: []string{"nadia-okafor"}, Cities: []string{"lisbon-pt"}},
			same: false,
		},
		{
			name:   "an untitled talk merges into the titled talk of the same speaker it describes",
			a:      talkFacts{Description: "a talk on building serverless platforms with Knative", Speakers: []string{"ana-silva"}, Cities: []string{"porto-pt"}},
			b:      talkFacts{Title: "Build Your Own Serverless with Knative", Speakers: []string{"ana-silva"}, Cities: []string{"porto-pt", "lisbon-pt"}},
			same:   true,
			reason: "similar description",
		},
		{
			name:   "speakerless recaps with the same words and the same cities are one talk",
			a:      talkFacts{Description: "a recap of the GopherCon Europe", Cities: []string{"oslo-no", "bergen-no"}},
			b:      talkFacts{Description: "A recap of GopherCon Europe", Cities: []string{"bergen-no", "oslo-no"}},
			same:   true,
			reason: "speakers named in one post only",
		},
		{
			name:   "speakerless recaps with the same words and the same recording are one talk",
			a:      talkFacts{Description: "a recap of the GopherCon Europe", Links: []string{"youtube.com/watch?v=abc"}},
			b:      talkFacts{Description: "A recap of GopherCon Europe", Links: []string{"youtube.com/watch?v=abc"}},
			same:   true,
			reason: "same link: youtube.com/watch?v=abc",
		},
		{
			name: "speakerless recaps in different places with nothing else shared stay apart",
			a:    talkFacts{Description: "a recap of the GopherCon Europe", Cities: []string{"oslo-no"}},
			b:    talkFacts{Description: "A recap of GopherCon Europe", Cities: []string{"lisbon-pt"}},
			same: false,
		},
		{
			name: "an empty description never matches",
			a:    talkFacts{Speakers: []string{"ana-silva"}, Cities: []string{"oslo-no"}},
			b:    talkFacts{Speakers: []string{"ana-silva"}, Cities: []string{"oslo-no"}},
			same: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := sameTalk(tt.a, tt.b)
			if v.Same != tt.same {
				t.Errorf("sameTalk(a, b).Same = %v, want %v (reasons %q)", v.Same, tt.same, v.Reasons)
			}
			if back := sameTalk(tt.b, tt.a); back.Same != v.Same || back.Score != v.Score {
				t.Errorf("sameTalk(b, a) = %v %.2f, want the same as sameTalk(a, b) = %v %.2f", back.Same, back.Score, v.Same, v.Score)
			}
			if tt.reason != "" && !contains(v.Reasons, tt.reason) {
				t.Errorf("sameTalk(a, b).Reasons = %q, want one to be %q", v.Reasons, tt.reason)
			}
		})
	}
}

func TestSameTalkRanksStrongerEvidenceHigher(t *testing.T) {
	row := talkFacts{Title: "Queues in practice", Speakers: []string{"pedro-alves"}, Links: []string{"example.org/queues"}, Cities: []string{"porto-pt"}}
	weak := sameTalk(row, talkFacts{Title: "Queues in practice"})
	strong := sameTalk(row, talkFacts{Title: "Queues in practice", Speakers: []string{"pedro-alves"}, Links: []string{"example.org/queues"}})
	if !weak.Same || !strong.Same || strong.Score <= weak.Score {
		t.Errorf("scores: same speaker and link %.2f (%v), title only %.2f (%v); want both same, the first higher", strong.Score, strong.Same, weak.Score, weak.Same)
	}
}

func TestLinkKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.youtube.com/watch?v=zrFPakVTWm0&feature=youtu.be", "youtube.com/watch?v=zrFPakVTWm0"},
		{"https://youtu.be/zrFPakVTWm0", "youtube.com/watch?v=zrFPakVTWm0"},
		{"http://m.youtube.com/watch?v=zrFPakVTWm0&t=42s", "youtube.com/watch?v=zrFPakVTWm0"},
		{"https://speakerdeck.com/ana/queues/", "speakerdeck.com/ana/queues"},
		{"https://Speakerdeck.com/ana/queues#slide=3", "speakerdeck.com/ana/queues"},
		{"https://example.org/talk?utm_source=blog&id=7&ref=home", "example.org/talk?id=7"},
		{"https://example.org/talk?b=2&a=1", "example.org/talk?a=1&b=2"},
		{"mailto:ana@example.org", ""},
		{"slides.pdf", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := linkKey(tt.in); got != tt.want {
			t.Errorf("linkKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUntitledID(t *testing.T) {
	tests := []struct {
		name     string
		display  string
		speakers []string
		want     string
	}{
		{"articles do not change the key", "A recap of the GopherCon Europe", nil, "talk--recap-gophercon-europe"},
		{"without articles the key is the same", "A recap of GopherCon Europe", nil, "talk--recap-gophercon-europe"},
		{"the first speaker owns the key", "a demo of the difference engine", []string{"charles-babbage", "ada-lovelace"}, "charles-babbage--demo-difference-engine"},
		{"at most eight words", "one two three four five six seven eight nine ten", nil, "talk--one-two-three-four-five-six-seven-eight"},
		{"no words at all", "…", nil, "talk--untitled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := untitledID(tt.display, tt.speakers); got != tt.want {
				t.Errorf("untitledID(%q, %v) = %q, want %q", tt.display, tt.speakers, got, tt.want)
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if strings.HasPrefix(x, s) {
			return true
		}
	}
	return false
}
