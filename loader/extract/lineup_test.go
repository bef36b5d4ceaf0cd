package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestLineupLists(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []speakersView
	}{
		{
			name: "a line-up under each meetup of an archive names its talks without speakers",
			body: "### Tartu Lambda night 7\n\n🗓 Date: 3 May 2031\n\n🎤 Line up:\n\n- Effects Without Tears\n" +
				"- [Borrowing Lifetimes, Slowly](./slides/7/borrow.pdf) (*guest speaker*)\n\n" +
				"### Tartu Lambda night 6\n\n🎤 Line up:\n- Quiet Queues in Practice\n- Prolog/Datalog\n",
			want: []speakersView{
				{Title: "Effects Without Tears", Speakers: []string{}},
				{Title: "Borrowing Lifetimes, Slowly", Speakers: []string{}},
				{Title: "Quiet Queues in Practice", Speakers: []string{}},
				{Title: "Prolog/Datalog", Speakers: []string{}},
			},
		},
		{
			name: "linked titles and what they were about under a sentence that announces talks",
			body: "Then came plenty of interesting talks in two tracks:\n\n* [Quiet Queues in Practice](https://example.org/q): it was about sizing queues.\n" +
				"* [Ledgers at Rest](https://example.org/l):\n  a report on keeping ledgers.\n",
			want: []speakersView{
				{Title: "Quiet Queues in Practice", Speakers: []string{}},
				{Title: "Ledgers at Rest", Speakers: []string{}},
			},
		},
		{
			name: "a sentence that announces talks over items that are no linked titles gives none",
			body: "Then came plenty of interesting talks in two tracks:\n\n* the one about queues was great\n* the ledger one ran long\n",
			want: nil,
		},
		{
			name: "an agenda's housekeeping slots are no talks and a talk's kind is no part of its title",
			body: "## Agenda\n\n- 18:00 Welcome from the hosts\n- 18:10 Talk: Sharding the Ledger Gently\n" +
				"- 18:40 Networking, board games and drinks\n- 19:00 Opening words by the hosts\n- 19:30 Meetup intro\n- 20:00 Afterparty begins\n",
			want: []speakersView{
				{Title: "Sharding the Ledger Gently", Speakers: []string{}},
			},
		},
		{
			name: "a bold lead-in without a colon opens a line-up too",
			body: "Our spring meetup was full.\n\n**Talks**\n\n- Paging for Humans\n- Queues at the Edge of Reason\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{}},
				{Title: "Queues at the Edge of Reason", Speakers: []string{}},
			},
		},
		{
			name: "a line-up whose items name their speakers is read by the listing readers",
			body: "Line up:\n\n- Paging for Humans - Ana Lima\n- Quiet Queues by Bo Chen (Initech)\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Ana Lima"}},
				{Title: "Quiet Queues", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a list of speakers' names is no list of talks",
			body: "Speakers:\n\n- Ana Lima\n- Bo Chen\n",
			want: nil,
		},
		{
			name: "a slot that holds timed talks is none itself",
			body: "Agenda:\n\n- 19:00 Lightning rounds in the hall\n  - 19:00 Paging for Humans by Ana Lima\n  - 19:10 Queues at the Edge by Bo Chen\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{"Ana Lima"}},
				{Title: "Queues at the Edge", Speakers: []string{"Bo Chen"}},
			},
		},
		{
			name: "a deck's agenda whose items head its slides is its outline, no line-up",
			body: "## Agenda\n\n1. Queues at the Edge\n2. Paging for Humans\n3. Questions and Answers\n\n## Queues at the Edge\n\nWhy queues.\n\n## Paging for Humans - the basics\n\nPages.\n",
			want: nil,
		},
		{
			name: "a list under other words is no line-up",
			body: "What to bring:\n\n- A laptop with Go installed\n- Good questions\n",
			want: nil,
		},
		{
			name: "speakers then what their talk is about, under a talks heading and a short note",
			body: "## Talks\n\nFour short talks about queues.\n\n- [@alima](https://github.com/alima/) about Quill community growth\n" +
				"- [@bochen](https://github.com/bochen/) for using Quill in [Harbor](https://example.org/harbor)\n- Cy Dunn on fuzzing the parser\n",
			want: []speakersView{
				{Title: "", Speakers: []string{"alima"}},
				{Title: "", Speakers: []string{"bochen"}},
				{Title: "", Speakers: []string{"Cy Dunn"}},
			},
		},
		{
			name: "a note that tells of talks between the heading and the list keeps it no line-up",
			body: "## Talks\n\nAna Lima gave a talk about queues and everyone stayed late.\n\n- Pizza was good\n- Bring a friend next time\n",
			want: []speakersView{{Title: "", Speakers: []string{"Ana Lima"}}},
		},
		{
			name: "the writer's own talks under a first-person lead-in",
			body: "Two conferences this year, both by the sea.\n\nThe two talks that I gave at those events were:\n\n" +
				"* [Quiet queues in practice](https://example.org/q)\n* Tracing without tears\n\nWhat are you going to?\n",
			want: []speakersView{
				{Title: "Quiet queues in practice", Speakers: []string{}},
				{Title: "Tracing without tears", Speakers: []string{}},
			},
		},
		{
			name: "a single word is a slot's kind, a date is a day",
			body: "Schedule:\n\n- Demos\n- Monday 30.11.2031\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "meetup", recap(tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract(%q) talks %s", tt.body, d)
			}
		})
	}
}

func TestLeadInText(t *testing.T) {
	tests := []struct {
		block document.Block
		want  bool
	}{
		{document.Block{Kind: document.Paragraph, Text: "📋 Line up:"}, true},
		{document.Block{Kind: document.Paragraph, Text: "Tonight's speakers:"}, true},
		{document.Block{Kind: document.Heading, Level: 3, Text: "Agenda"}, true},
		{document.Block{Kind: document.Paragraph, Text: "Date: May 3 Line-up:", Breaks: []int{12}}, true},
		{document.Block{Kind: document.Paragraph, Text: "Talks", Spans: []document.Span{{Start: 0, End: 5, Strong: true}}}, true},
		{document.Block{Kind: document.Paragraph, Text: "Talks"}, false},
		{document.Block{Kind: document.Paragraph, Text: "We had three great talks:"}, false},
		{document.Block{Kind: document.ListItem, Text: "Agenda:"}, false},
		{document.Block{Kind: document.Paragraph, Text: "The two talks that I gave at those events were:"}, true},
		{document.Block{Kind: document.Paragraph, Text: "Talks I gave this year:"}, true},
		{document.Block{Kind: document.Paragraph, Text: "My talks:"}, true},
		{document.Block{Kind: document.Paragraph, Text: "The talks I liked most were:"}, false},
		{document.Block{Kind: document.Paragraph, Text: "Conferences I want to speak at this year:"}, false},
	}
	for _, tt := range tests {
		if got := leadInText(tt.block); got != tt.want {
			t.Errorf("leadInText(%q) = %v, want %v", tt.block.Text, got, tt.want)
		}
	}
}

func TestLineupSkipsWhatIsNoTalk(t *testing.T) {
	tests := []struct {
		name  string
		items []string
		want  []speakersView
	}{
		{
			name:  "questions to the reader are no talks",
			items: []string{"Paging for Humans", "Want to speak? Drop us a line", "Is anyone bringing a spare cable?", "How do I find the room?"},
			want:  []speakersView{{Title: "Paging for Humans", Speakers: []string{}}},
		},
		{
			name:  "calls for papers and deadlines are no talks",
			items: []string{"Submit your talk by April 9th", "Call for speakers is open until June", "CFP closes on Friday", "Speakers wanted for the autumn edition", "Queues at the Edge of Reason"},
			want:  []speakersView{{Title: "Queues at the Edge of Reason", Speakers: []string{}}},
		},
		{
			name:  "logistics and requests are no talks",
			items: []string{"Doors open at 18:30", "Pizza", "Networking", "Parking is available in the courtyard", "Entry is free for members", "Bring your own headphones", "Please RSVP on the group page", "Group photo", "Lightning slots, sign up at the bar", "Sharding the Ledger Gently"},
			want:  []speakersView{{Title: "Sharding the Ledger Gently", Speakers: []string{}}},
		},
		{
			name:  "an item that tells in a sentence who spoke is prose, not a title",
			items: []string{"May 2031, Initech Mobile Guild\n  Ana Lima spoke about *Queuekit* after the release.", "Sharding the Ledger Gently"},
			want:  []speakersView{{Title: "Sharding the Ledger Gently", Speakers: []string{}}, {Title: "Queuekit", Speakers: []string{"Ana Lima"}}},
		},
		{
			name:  "titles that look like questions, requests or logistics in title case stay talks",
			items: []string{"Is Kubernetes Too Complex?", "Bring Your Own Cloud", "Scaling Postgres by 100x", "Photo Processing with Rust", "Free Monads in Practice"},
			want: []speakersView{
				{Title: "Is Kubernetes Too Complex?", Speakers: []string{}},
				{Title: "Bring Your Own Cloud", Speakers: []string{}},
				{Title: "Scaling Postgres by 100x", Speakers: []string{}},
				{Title: "Photo Processing with Rust", Speakers: []string{}},
				{Title: "Free Monads in Practice", Speakers: []string{}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "Our spring meetup was full.\n\nLine up:\n\n- " + strings.Join(tt.items, "\n- ") + "\n"
			r := extractText(t, "post", recap(body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}

func TestNotTalkItem(t *testing.T) {
	tests := []struct {
		item string
		want bool
	}{
		{"Want to speak? Drop us a line", true},
		{"Is anyone bringing a spare cable?", true},
		{"Submit your talk by April 9th", true},
		{"Call for papers is open", true},
		{"Deadline: March 3", true},
		{"Food will be provided", true},
		{"Raffle of two conference tickets", true},
		{"Free coffee thanks to Initech", true},
		{"Open Source Queues", false},
		{"Thanks to Queues: A Love Letter", false},
		{"Is Kubernetes Too Complex?", false},
		{"Do We Still Need ORMs?", false},
		{"Scaling Postgres by 100x", false},
		{"Bring Your Own Cloud", false},
		{"Why the borrow checker is your friend", false},
		{",,,", false},
	}
	for _, tt := range tests {
		if got := notTalkItem(tt.item); got != tt.want {
			t.Errorf("notTalkItem(%q) = %v, want %v", tt.item, got, tt.want)
		}
	}
}

func TestLineupChoresRaiseNoWarning(t *testing.T) {
	body := "Line up:\n\n- Paging for Humans\n- Submit your talk by April 9th\n- Lightning slots, sign up at the bar\n- Pizza and drinks sponsored by Initech\n"
	r := extractText(t, "post", recap(body))
	for _, w := range r.Warnings {
		t.Errorf("Extract() warns %q (%s), want no warning for a line-up's chores", w.Text, w.Reason)
	}
}

func TestLineupLinesOfAParagraph(t *testing.T) {
	tests := []struct {
		name, body string
		want       []speakersView
	}{
		{
			name: "the lines of a paragraph under a bold lead-in are the talks, its chores are not",
			body: "**Line-up**\n\nPaging for Humans\nParking is free after 18:00\nQueues at the Edge of Reason\n",
			want: []speakersView{
				{Title: "Paging for Humans", Speakers: []string{}},
				{Title: "Queues at the Edge of Reason", Speakers: []string{}},
			},
		},
		{
			name: "prose that breaks into lines under a lead-in is no line-up",
			body: "Talks:\n\nWe had two great talks this time\nand everyone stayed late.\n",
			want: nil,
		},
		{
			name: "lines without a lead-in above them are no line-up",
			body: "Our spring meetup was full.\n\nPaging for Humans\nQueues at the Edge of Reason\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, "post", recap(tt.body))
			if d := diff(tt.want, speakersOf(r)); d != "" {
				t.Errorf("Extract() talks differ (-want +got)\n%s", d)
			}
		})
	}
}
