package extract

import (
	"sort"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestRoleGrid(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []speakersView
	}{
		{
			name: "a grid's titles take the presenters marked after them",
			file: "grid.md",
			src: "---\ntitle: Spring programme\n---\n# Programme\n\n<table><tr><td class=\"times\">0900</td><td><div class=\"title\">Paging for Humans</div>" +
				"<div class=\"presenter\">Bo Chen</div><div class=\"title\"><a href=\"#ana\">Sharding the Ledger Gently</a></div><div class=\"presenter\">Ana Lima</div></td>" +
				"<td class=\"break\">Coffee break</td></tr></table>\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Bo Chen"}},
				{Title: "Sharding the Ledger Gently", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "a page that names the speaker first gives each to the title after it",
			file: "cards.html",
			src: `<html><head><title>Meetup talks</title></head><body>` +
				`<div class="card"><div class="speaker-name">Ana Lima</div><div class="talk-title">Quiet Queues in Practice</div></div>` +
				`<div class="card"><div class="speaker-name">Bo Chen, Initech</div><div class="talk-title">Paging for Humans</div></div></body></html>`,
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Bo Chen"}},
				{Title: "Quiet Queues in Practice", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "a line's marked title keeps its own separators; the unmarked words before it are the speaker",
			file: "day.html",
			src: `<html><body><h1>Spring talks</h1><ul>` +
				`<li><span class="time">11am</span> Ana Lima, <span class="title">Quiet Queues: More Than You Would Think</span></li>` +
				`<li><span class="time">noon</span> Bo Chen, <span class="title">Being Heard - Speech Models; Then and Now</span></li>` +
				`<li><span class="time">3pm</span> <span class="title">Closing words</span></li>` +
				`<li><span class="time">4pm</span> Coffee, <span class="title">Snacks and Small Talk</span></li></ul></body></html>`,
			want: []speakersView{
				{Title: "Being Heard - Speech Models; Then and Now", Speakers: []string{"Bo Chen"}},
				{Title: "Quiet Queues: More Than You Would Think", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "a marked title's unmarked speaker needs no known given name, only a full name",
			file: "sched.html",
			src: `<html><body><h1>Schedule</h1><ul>` +
				`<li><span class="time">11am</span> Zorvek Tamm, <span class="title">Queues: More Than You Would Think</span></li>` +
				`<li><span class="time">13:00</span> Break for lunch</li>` +
				`<li><span class="time">2pm</span> Ilse Varg, <span class="title">Paging for Humans</span></li></ul></body></html>`,
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Ilse Varg"}},
				{Title: "Queues: More Than You Would Think", Speakers: []string{"Zorvek Tamm"}},
			},
		},
		{
			name: "speakers' bios with their role under the name give no talk",
			file: "bios.html",
			src: `<html><body><div class="bio"><h3>Zed Okafor</h3><h4>Associate Professor, Quill Lab and Harbour Institute</h4>` +
				`<p>Okafor is an Associate Professor at the Harbour Institute. He works on queues.</p></div>` +
				`<div class="bio"><h3>Ana Lima</h3><h4>Chief Experience Officer at Initech</h4><p>Ana leads design at Initech.</p></div></body></html>`,
			want: nil,
		},
		{
			name: "BEM class names: the element after __ says the role",
			file: "run.html",
			src: `<html><body><ol class="run__agenda">` +
				`<li class="run__row"><span class="run__time">18:30</span><h3 class="run__title">Doors and coffee</h3></li>` +
				`<li class="run__row"><span class="run__time">19:00</span><h3 class="run__title">Paging for Humans</h3>` +
				`<p class="run__by"><a href="https://example.org/in/bo">Bo Chen</a> — SRE @ Initech · Gopher of the year</p></li>` +
				`<li class="run__row"><span class="run__time">19:40</span><h3 class="run__title">Sharding the Ledger Gently</h3>` +
				`<p class="run__by"><a href="https://example.org/in/ana">Ana Lima</a> (Sr. Backend @ Globex)</p></li></ol></body></html>`,
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Bo Chen"}},
				{Title: "Sharding the Ledger Gently", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name: "one title and one speaker are no programme",
			file: "one.html",
			src:  `<html><head><title>About</title></head><body><div class="title">Welcome to our group</div><div class="speaker">Ana Lima</div></body></html>`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := document.Parse(tt.file, []byte(tt.src))
			if err != nil {
				t.Fatalf("document.Parse(%q) error: %v", tt.file, err)
			}
			got := speakersOf(Extract(doc))
			sortViews(got)
			if d := diff(tt.want, got); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.file, d)
			}
		})
	}
}

// sortViews orders talks by title, for tables that do not care in what order a page names them.
func sortViews(v []speakersView) {
	sort.Slice(v, func(i, j int) bool { return v[i].Title < v[j].Title })
}
