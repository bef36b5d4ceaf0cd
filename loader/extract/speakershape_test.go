package extract

import (
	"slices"
	"testing"
)

// speakerNames is every speaker a result names, sorted, each once.
func speakerNames(r *Result) []string {
	var out []string
	for _, t := range r.Talks {
		for _, s := range t.Speakers {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return out
}

func TestSpeakersLookLikePeople(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "a title and its subtitle in a heading name no speaker",
			body: "## Quiet Queues: Choosing Well\n\nA tour of queue design, with plenty of diagrams.",
			want: nil,
		},
		{
			name: "a full name before a title in a heading is the speaker",
			body: "## Ana Lima: Quiet Queues Explained\n\nA tour of queue design, with plenty of diagrams.",
			want: []string{"Ana Lima"},
		},
		{
			name: "an initial before a name before a title in a heading is the speaker",
			body: "## J. Pereira Brandt: Quiet Queues Explained\n\nA tour of queue design, with plenty of diagrams.",
			want: []string{"J. Pereira Brandt"},
		},
		{
			name: "a group's name before a title in a list names no speaker",
			body: "## 2024\n\n* Tartudroid - Build your own queue today!\n* Harbour Gophers - Quiet Queues Explained",
			want: nil,
		},
		{
			name: "a full name before a title in a list is the speaker",
			body: "## 2024\n\n* Ana Lima - Quiet Queues Explained\n* Bo Chen - Tracing Without Tears",
			want: []string{"Ana Lima", "Bo Chen"},
		},
		{
			name: "a full name after a speaking head is the speaker, given name or not",
			body: "Our talks this year:\n\n🗣 Zorvath Quellin - Quiet Queues Explained\n\n🗣 Ana Lima - Tracing Without Tears",
			want: []string{"Ana Lima", "Zorvath Quellin"},
		},
		{
			name: "a word for a company's staff after by is no speaker",
			body: "We enjoyed the talk \"Quiet Queues\" by Initechers.",
			want: nil,
		},
		{
			name: "a name after by is the speaker",
			body: "We enjoyed the talk \"Quiet Queues\" by Ana Lima.",
			want: []string{"Ana Lima"},
		},
		{
			name: "a phrase in title case opening a sentence is no speaker",
			body: "Joining Harbour Conf Today presents a rare chance to learn from the best.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := extractText(t, "speakers", recap(tc.body))
			if d := diff(tc.want, speakerNames(r)); d != "" {
				t.Errorf("Extract(%q) speakers mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}

func TestProfileNameHeadingTitlesNoTalk(t *testing.T) {
	body := "This time [Zorvath](https://twitter.com/zorvath) and [Tarquin](https://twitter.com/tarquin) share their thoughts.\n\n" +
		"### Zorvath\n\nIt was my third FooConf and the hallway track was the best part; my [slides](https://speakerdeck.com/zorvath/queues) are up.\n\n" +
		"### Quiet Queues Explained\n\nAna Lima gave this talk on the second day."
	r := extractText(t, "profiles", recap(body))
	want := []speakersView{{Title: "Quiet Queues Explained", Speakers: []string{"Ana Lima"}}}
	if d := diff(want, speakersOf(r)); d != "" {
		t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", body, d)
	}
}
