package extract

import "testing"

func TestGivenAt(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []talkView
	}{
		{
			name: "bold titles over nested notes of where each was given",
			text: "# Talks\n\nSlides and code of my public talks.\n\n## 2030\n\n" +
				"- **Queues without tears**\n  - Presented at Harbourconf 2030 in Gdansk.\n  - [Slides](https://example.org/queues.pdf)\n" +
				"- **Paging for humans**\n  - Given internally at Initech in Tartu in 2030.\n" +
				"- **Tracing in anger**\n  - [Slides](https://example.org/tracing.pdf)\n",
			want: []talkView{
				{Title: "Queues without tears", Cities: []string{"Gdansk"}, URL: "https://example.org/queues.pdf"},
				{Title: "Paging for humans", Cities: []string{"Tartu"}},
			},
		},
		{
			name: "headings over quoted notes of an event and its town, a talk given twice",
			text: "---\ntitle: Palestras\n---\n\n# Raspando a web com Python\n\n> Seminário de Dados 2029\n> em Recife, PE\n\nEu falei sobre raspagem.\n\n" +
				"# Minicurso de filas\n\n> Pycon Sertão 2029\n> em Natal, RN\n\n> Python Day 2029\n> em Recife, PE\n\nIntrodução às filas.\n",
			want: []talkView{
				{Title: "Raspando a web com Python", Cities: []string{"Recife"}},
				{Title: "Minicurso de filas", Cities: []string{"Natal", "Recife"}},
			},
		},
		{
			name: "a note in French under a heading",
			text: "---\ntitle: Mes conférences\n---\n\n## Des files sans larmes\n\nPrésenté à Harbourconf 2031 à Nantes.\n",
			want: []talkView{{Title: "Des files sans larmes", Cities: []string{"Nantes"}}},
		},
		{
			name: "headings over notes that name the talk's kind, length, day, venue and town, wrapped in the source",
			text: "---\ntitle: Tech Talks\n---\n\n## 2031 Talks\n\n### Sharding the Ledger\n\nHow do you split a ledger? This talk shows how.\n\n" +
				"Talk given at Tartu Rust Meetup\nin Tartu, Estonia on March 26.\n\n### Quiet Queues\n\nWhat makes a queue quiet?\n\n" +
				"Upcoming talk at FooConf on May 5 in Porto (exact room to be announced).\n\n### Fast Tests\n\nTests that run fast.\n\n" +
				"45 minute talk presented to Ghent Python on October 22 at Globex in Ghent.\n\n### Pages for People\n\nReadable docs.\n\n" +
				"Tech talk given at Lyon Django on Tuesday, January 14 hosted at Hooli headquarters. A video is online.\n\n" +
				"### Ledgers Downtown\n\nThe ledger, again.\n\nTalk presented on January 22 to the Porto Ledger Guild in Porto.\n",
			want: []talkView{
				{Title: "Sharding the Ledger", Cities: []string{"Tartu"}},
				{Title: "Quiet Queues", Cities: []string{"Porto"}},
				{Title: "Fast Tests", Cities: []string{"Ghent"}},
				{Title: "Pages for People", Cities: []string{"Lyon"}},
				{Title: "Ledgers Downtown", Cities: []string{"Porto"}},
			},
		},
		{
			name: "a list item that says more than a title is no talk's heading",
			text: "# Notes\n\n- **Queues** were the theme of the day\n  - Presented at Harbourconf 2030 in Gdansk.\n",
			want: nil,
		},
		{
			name: "a heading over a note that names no event is no talk",
			text: "# Notes\n\n## Our new office\n\nPresented at last by the mayor.\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talksOf(extractText(t, "talks", tt.text))
			if d := diff(tt.want, got); d != "" {
				t.Errorf("talks (-want +got):\n%s", d)
			}
		})
	}
}

// TestGivenAtVenues: a note of where a talk was given names the venue after "at" or "hosted
// at", apart from the event and its town.
func TestGivenAtVenues(t *testing.T) {
	text := "---\ntitle: Tech Talks\n---\n\n### Fast Tests\n\nTests that run fast.\n\n" +
		"45 minute talk presented to Ghent Python on October 22 at Globex in Ghent.\n\n### Pages for People\n\nReadable docs.\n\n" +
		"Tech talk given at Lyon Django on Tuesday, January 14 hosted at Hooli headquarters. A video is online.\n"
	want := map[string]string{"Ghent": "Globex", "Lyon": "Hooli"}
	if d := diff(want, hostsOf(extractText(t, "talks", text))); d != "" {
		t.Errorf("hosts (-want +got):\n%s", d)
	}
}
