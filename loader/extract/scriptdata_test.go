package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestScriptData(t *testing.T) {
	tests := []struct {
		name     string
		script   string
		want     []talkView
		warnings int
	}{
		{
			name: "an array of meetings with their talks",
			script: "var meetings = [\n { date: '2024-11-06', talks: [\n  { title: 'Tracing Without Tears', speaker: 'Ana Lima', city: 'Porto' },\n" +
				"  { title: \"Fuzzing the Parser\", speakers: ['Bo Chen', 'Carla Souza'] } ] },\n { talks: [ { title: `Kotlin im Backend`, speaker: '@lfischer' } ] } ];",
			want: []talkView{
				{Title: "Tracing Without Tears", Speakers: []string{"Ana Lima"}, Cities: []string{"Porto"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Bo Chen", "Carla Souza"}},
				{Title: "Kotlin im Backend", Speakers: []string{"lfischer"}},
			},
		},
		{
			name:     "talks the reader cannot take apart are a warning",
			script:   "const sessions = [ { speaker: { first: 'Ana', last: 'Lima' }, talk: { name: 'x' } } ];",
			want:     nil,
			warnings: 1,
		},
		{
			name:   "a script about nothing of the kind is neither",
			script: "var tracking = true; var opts = { title: 'Home', theme: 'dark' };",
			want:   nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Meetings</title></head><body><h1>Past meetings</h1><p>See below.</p><script>" + tt.script + "</script></body></html>"
			doc, err := document.Parse("page.html", []byte(page))
			if err != nil {
				t.Fatalf("document.Parse() error: %v", err)
			}
			r := Extract(doc)
			if d := diff(tt.want, talksOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
			n := 0
			for _, w := range r.Warnings {
				if strings.Contains(w.Reason, "script") {
					n++
				}
			}
			if n != tt.warnings {
				t.Errorf("Extract() has %d warnings about scripts (%+v), want %d", n, r.Warnings, tt.warnings)
			}
		})
	}
}
