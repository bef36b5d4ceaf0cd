package extract

import (
	"testing"
)

func TestTableLayouts(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		talks     []speakersView
		companies map[string][]string
	}{
		{
			name: "ragged rows: title and speaker in one cell, split by a dash or a line break",
			body: "| Time | Talk | Speaker(s) |\n|---|---|---|\n| 18:30 | welcome and snacks |\n" +
				"| 19:00 | Event Sourcing in Practice<br/>Ysolde Brandvik |\n| 19:40 | Zero Downtime Migrations - Fintan Achterberg |\n",
			talks: []speakersView{
				{Title: "Event Sourcing in Practice", Speakers: []string{"Ysolde Brandvik"}},
				{Title: "Zero Downtime Migrations", Speakers: []string{"Fintan Achterberg"}},
			},
		},
		{
			name: "an HTML programme's Content cell: the speaker's line, the linked title, a description",
			body: "<table><thead><tr><th>Time</th><th>Content</th></tr></thead><tbody>" +
				"<tr><td>14:00 – 14:45</td><td>Ysolde Brandvik<br><a href=\"#t1\">Writing Code for Queues</a><p class=\"about\">The opening talk</p></td></tr>" +
				"<tr><td>14:45 – 15:10</td><td class=\"pause\">Coffee break</td></tr>" +
				"<tr><td>15:10 – 15:50</td><td>Fintan Achterberg<br><a href=\"#t2\">Hobby Fuzzing with Go</a><p class=\"about\">A gentle start.</p></td></tr>" +
				"</tbody></table>\n",
			talks: []speakersView{
				{Title: "Writing Code for Queues", Speakers: []string{"Ysolde Brandvik"}},
				{Title: "Hobby Fuzzing with Go", Speakers: []string{"Fintan Achterberg"}},
			},
		},
		{
			name:  "a lower-case title in a Session column with a Presenter column",
			body:  "| Session | Presenter |\n|---|---|\n| writing a tiny database in go | Ysolde Brandvik |\n",
			talks: []speakersView{{Title: "writing a tiny database in go", Speakers: []string{"Ysolde Brandvik"}}},
		},
		{
			name:      "a German header: Vortrag and Referent, with a company column",
			body:      "| Uhrzeit | Vortrag | Referent | Firma |\n|---|---|---|---|\n| 19:00 | Verteilte Systeme im Alltag | Fintan Achterberg | Kobaltwerk |\n",
			talks:     []speakersView{{Title: "Verteilte Systeme im Alltag", Speakers: []string{"Fintan Achterberg"}}},
			companies: map[string][]string{"Fintan Achterberg": {"Kobaltwerk"}},
		},
		{
			name: "an Indonesian header: Tanggal, Waktu kegiatan, Pembicara and Agenda, a format before the title",
			body: "| Tanggal | Waktu kegiatan | Pembicara | Agenda |\n|---|---|---|---|\n" +
				"| 04/05/2031 | 16.00-selesai | Fintan Achterberg | Tech talk - Antrian tanpa air mata |\n" +
				"| 05/05/2031 | 16.00-selesai | Ysolde Brandvik | Lightning talk - Cache di tepi jaringan |\n",
			talks: []speakersView{
				{Title: "Antrian tanpa air mata", Speakers: []string{"Fintan Achterberg"}},
				{Title: "Cache di tepi jaringan", Speakers: []string{"Ysolde Brandvik"}},
			},
		},
		{
			name:  "a Swedish header: Tid, Ämne and Talare",
			body:  "| Tid | Ämne | Talare |\n|---|---|---|\n| 18:00 | Köer utan tårar | Ysolde Brandvik |\n",
			talks: []speakersView{{Title: "Köer utan tårar", Speakers: []string{"Ysolde Brandvik"}}},
		},
		{
			name: "handles alone in the speakers' column, placeholders and the hosts' intro not",
			body: "| Time | Speaker | Title |\n|---|---|---|\n| 15:00 | zq | Intro |\n| 15:30 | str9x | \"Ledgers Without Tears\" |\n" +
				"| 16:30 | tbd | Queue Tuning |\n| 17:00 | Ana Lima | Fuzzing the Parser |\n",
			talks: []speakersView{
				{Title: "Ledgers Without Tears", Speakers: []string{"str9x"}},
				{Title: "Fuzzing the Parser", Speakers: []string{"Ana Lima"}},
			},
		},
		{
			name:  "a Spanish header: Charla and Who",
			body:  "| Hora | Charla | Who |\n|---|---|---|\n| 19:00 | Microservicios sin dolor | Ysolde Brandvik |\n",
			talks: []speakersView{{Title: "Microservicios sin dolor", Speakers: []string{"Ysolde Brandvik"}}},
		},
		{
			name: "a Talk column with no speaker column whose cells hold title and speaker",
			body: "| Date | Topic |\n|---|---|\n| March 3 | Caching at the Edge<br/>Ysolde Brandvik (Lantern Works) |\n" +
				"| April 7 | Fintan Achterberg: Queues Without Tears |\n",
			talks: []speakersView{
				{Title: "Caching at the Edge", Speakers: []string{"Ysolde Brandvik"}},
				{Title: "Queues Without Tears", Speakers: []string{"Fintan Achterberg"}},
			},
			companies: map[string][]string{"Ysolde Brandvik": {"Lantern Works"}},
		},
		{
			name:  "a title over a subtitle in its cell, the speaker in their own column",
			body:  "| Talk | Speaker |\n|---|---|\n| Caching at the Edge<br/>what we learned in a year | Ysolde Brandvik |\n",
			talks: []speakersView{{Title: "Caching at the Edge", Speakers: []string{"Ysolde Brandvik"}}},
		},
		{
			name: "speakers by handle and a column of the slot's length",
			body: "|Handle|Topic|Duration|\n|---|---|---|\n| @ysolde | Feature Flags at Compile Time | 10min |\n| @fachterberg | Queues on a Budget | 5min |\n",
			talks: []speakersView{
				{Title: "Feature Flags at Compile Time", Speakers: []string{"ysolde"}},
				{Title: "Queues on a Budget", Speakers: []string{"fachterberg"}},
			},
		},
		{
			name: "a table that lays out sentences beside photos is read as prose",
			body: "<table>\n  <tr>\n    <td>\n      <img src=\"ysolde.png\" />\n    </td>\n\n    <td>\n      <strong>Ysolde Brandvik</strong> of Quillworks, speaking about caching at the edge.\n    </td>\n  </tr>\n\n" +
				"  <tr>\n    <td>\n      <img src=\"fintan.png\" />\n    </td>\n\n    <td>\n      <strong>Fintan Achterberg</strong> talked about “Hobby Fuzzing with Go”.\n    </td>\n  </tr>\n</table>\n",
			talks: []speakersView{
				{Title: "", Speakers: []string{"Ysolde Brandvik"}},
				{Title: "Hobby Fuzzing with Go", Speakers: []string{"Fintan Achterberg"}},
			},
			companies: map[string][]string{"Ysolde Brandvik": {"Quillworks"}, "Fintan Achterberg": {}},
		},
		{
			name: "two tables one after the other, each read by its own header",
			body: "| Time | Talk | Speaker |\n|---|---|---|\n| 19:00 | Caching at the Edge | Ysolde Brandvik |\n\n" +
				"| Speaker | Vortrag |\n|---|---|\n| Fintan Achterberg | Verteilte Systeme im Alltag |\n",
			talks: []speakersView{
				{Title: "Caching at the Edge", Speakers: []string{"Ysolde Brandvik"}},
				{Title: "Verteilte Systeme im Alltag", Speakers: []string{"Fintan Achterberg"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "table", withFrontMatter("Meetup #12", "NimbusOps", "2026-04-15", "Meetup #12 took place in Porto.\n\n"+tt.body))
			checkLayout(t, r, tt.body, tt.talks, tt.companies, "Porto")
		})
	}
}

func TestHeaderRow(t *testing.T) {
	tests := []struct {
		row  string
		want bool
	}{
		{"| Time | Talk | Speaker(s) |\n|---|---|---|\n| a | b | c |\n", true},
		{"| Uhrzeit | Vortrag | Who |\n|---|---|---|\n| a | b | c |\n", true},
		{"| 19:00 | Caching at the Edge | Ysolde Brandvik |\n|---|---|---|\n| a | b | c |\n", false},
		{"| Date | Place |\n|---|---|\n| a | b |\n", false}, // no title or speaker column
	}
	for _, tt := range tests {
		doc := parseDoc(t, tt.row)
		if got := headerRow(cells(doc.Blocks[0])); got != tt.want {
			t.Errorf("headerRow(%q) = %v, want %v", doc.Blocks[0].Text, got, tt.want)
		}
	}
}

func TestPeopleTableNamesThePageTalksSpeakers(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []speakersView
	}{
		{
			name:  "job titles in the title column: the page's talk, its presenters and their companies",
			title: "Ledgers at Rest, Reloaded",
			body: "## Presenters\n\n| Name | Title | Company |\n|---|---|---|\n| Ana Lima | Principal Engineer | Initech |\n" +
				"| Bo Chen | Developer Advocate | Globex |\n| Cy Dunn | Sculptor | Cy Dunn Studio |\n",
			want: []speakersView{{Title: "Ledgers at Rest, Reloaded", Speakers: []string{"Ana Lima", "Bo Chen", "Cy Dunn"}}},
		},
		{
			name:  "talks' titles in the title column are talks",
			title: "Spring meetup",
			body:  "| Name | Title | Company |\n|---|---|---|\n| Ana Lima | Ledgers at Rest | Initech |\n| Bo Chen | Quiet Queues | Globex |\n",
			want: []speakersView{
				{Title: "Ledgers at Rest", Speakers: []string{"Ana Lima"}},
				{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", withFrontMatter(tt.title, "", "", tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("talks differ (-want +got)\n%s", d)
			}
		})
	}
}
