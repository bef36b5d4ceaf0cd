package extract

import (
	"testing"
)

// roadshow is the opening paragraph of a post about a series of meetups in three cities.
const roadshow = "Our roadshow took us to Oslo, Bergen and Trondheim this winter.\n\n"

func TestCoreference(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		want   []talkView
		people []personView // when set, the people too
		gap    string
	}{
		{
			name: "the same talk as in an earlier city is given in the current city too",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.\n\n" +
				"In Bergen, Mara Ellison delivered the same talk as in Oslo.",
			want: []talkView{{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo", "Bergen"}}},
		},
		{
			name: "a misspelled speaker of the same talk is an alias",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.\n\n" +
				"In Bergen, Mara Elison delivered the same talk as in Oslo.",
			want:   []talkView{{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo", "Bergen"}}},
			people: []personView{{Name: "Mara Ellison", Aliases: []string{"Mara Elison"}}},
		},
		{
			name: "the same talk in the paragraph's city after a talk elsewhere",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.\n\n" +
				"In Trondheim, Jonas Whitfield presented ‘Query Planning’. Mara Ellison gave the same talk as in Oslo.",
			want: []talkView{
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo", "Trondheim"}},
				{Title: "Query Planning", Speakers: []string{"Jonas Whitfield"}, Cities: []string{"Trondheim"}},
			},
		},
		{
			name: "this talk kicking off a later meetup adds that city",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.\n\n" +
				"This talk also kicked off the evening in Bergen, where Jonas Whitfield also gave a talk called ‘Query Planning’.",
			want: []talkView{
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo", "Bergen"}},
				{Title: "Query Planning", Speakers: []string{"Jonas Whitfield"}, Cities: []string{"Bergen"}},
			},
		},
		{
			name: "a talk by our own speaker kicking off each meetup is given in every city",
			body: "Our roadshow took us to Oslo, Bergen and Trondheim. A Rust ecosystem update by our very own Selma Haugen kicked off each meetup.\n\n" +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.",
			want: []talkView{
				{Description: "Rust ecosystem update", Speakers: []string{"Selma Haugen"}, Cities: []string{"Oslo", "Bergen", "Trondheim"}},
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo"}},
			},
		},
		{
			name: "a talk by a speaker kicking off each meetup is given in every city",
			body: "Our roadshow took us to Oslo, Bergen and Trondheim. A Rust ecosystem update by Selma Haugen kicked off each meetup.\n\n" +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.",
			want: []talkView{
				{Description: "Rust ecosystem update", Speakers: []string{"Selma Haugen"}, Cities: []string{"Oslo", "Bergen", "Trondheim"}},
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo"}},
			},
		},
		{
			name: "each meetup beginning with a linked recap is an untitled talk in every city",
			body: "Our roadshow took us to Oslo, Bergen and Trondheim. Each meetup began with [a recap of RustConf](https://youtu.be/r3cap) and a round of news.\n\n" +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.",
			want: []talkView{
				{Description: "a recap of RustConf", Cities: []string{"Oslo", "Bergen", "Trondheim"}, URL: "https://youtu.be/r3cap"},
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo"}},
			},
		},
		{
			name: "a talk in one city is not given elsewhere without saying so",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’.\n\n" +
				"In Bergen, Jonas Whitfield presented ‘Query Planning’.",
			want: []talkView{
				{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo"}},
				{Title: "Query Planning", Speakers: []string{"Jonas Whitfield"}, Cities: []string{"Bergen"}},
			},
		},
		{
			name: "the same talk given in a named city adds that city",
			body: roadshow +
				"In Oslo, Mara Ellison gave a talk called ‘Scaling Ledgers’. Mara Ellison also delivered the same talk in Trondheim.",
			want: []talkView{{Title: "Scaling Ledgers", Speakers: []string{"Mara Ellison"}, Cities: []string{"Oslo", "Trondheim"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipGap(t, tc.gap)
			r := extractText(t, "coreference", recap(tc.body))
			if d := diff(tc.want, talksOf(r)); d != "" {
				t.Errorf("Extract(%q) talks mismatch (-want +got):\n%s", tc.body, d)
			}
			if tc.people == nil {
				return
			}
			got := peopleOf(r)
			for i := range got {
				got[i].Companies = nil
			}
			if d := diff(tc.people, got); d != "" {
				t.Errorf("Extract(%q).People mismatch (-want +got):\n%s", tc.body, d)
			}
		})
	}
}
