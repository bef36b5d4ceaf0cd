package document

import "testing"

func TestWholeHTMLElements(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "blank lines inside a table become comments",
			in:   "Intro.\n\n<table>\n  <tr>\n\n    <td>Ana Lima</td>\n  </tr>\n</table>\n\nAfter.\n",
			want: "Intro.\n\n<table>\n  <tr>\n<!-- -->\n    <td>Ana Lima</td>\n  </tr>\n</table>\n\nAfter.\n",
		},
		{
			name: "a nested element of the same name is counted",
			in:   "<div class=\"a\">\n<div>\n\nOne\n</div>\n\nTwo\n</div>\n\nThree\n",
			want: "<div class=\"a\">\n<div>\n<!-- -->\nOne\n</div>\n<!-- -->\nTwo\n</div>\n\nThree\n",
		},
		{
			name: "an element that never closes is left as it is",
			in:   "<table>\n<tr><td>Ana</td></tr>\n\n    code\n",
			want: "<table>\n<tr><td>Ana</td></tr>\n\n    code\n",
		},
		{
			name: "HTML inside fenced code is left as it is",
			in:   "```\n<table>\n\n</table>\n```\n",
			want: "```\n<table>\n\n</table>\n```\n",
		},
		{
			name: "an element opened in the text, not at the margin, is left as it is",
			in:   "See <table>\n\n</table>\n",
			want: "See <table>\n\n</table>\n",
		},
		{
			name: "a tag that only begins with the element's name is another element",
			in:   "<tablet>\n\n</table>\n",
			want: "<tablet>\n\n</table>\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wholeHTMLElements(tt.in); got != tt.want {
				t.Errorf("wholeHTMLElements(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestProseFences(t *testing.T) {
	prose := "Join us for an evening of short talks on a terrace above the harbour this summer.\n" +
		"Come early to meet the other members and to find a good spot near the stage.\n" +
		"Agenda:\n" +
		"6:50 pm\n" +
		"Ana Lima will tell how she moved our queues to a new broker without stopping them.\n"
	code := "func main() {\n\tx := 1\n\tfmt.Println(x)\n}\n// done\nreturn\n"
	tests := []struct {
		name, in, want string
	}{
		{"prose between bare fences loses its fences", "Intro.\n\n```\n" + prose + "```\n\nAfter.\n", "Intro.\n\n\n" + prose + "\n\nAfter.\n"},
		{"code keeps its fences", "```\n" + code + "```\n", "```\n" + code + "```\n"},
		{"a fence naming its language keeps it", "```text\n" + prose + "```\n", "```text\n" + prose + "```\n"},
		{"a fence never closed is left as it is", "```\n" + prose, "```\n" + prose},
		{"prose between two code blocks keeps both blocks' fences", "```go\n" + code + "```\n\n" + prose + "\n```\n" + code + "```\n", "```go\n" + code + "```\n\n" + prose + "\n```\n" + code + "```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := proseFences(tt.in); got != tt.want {
				t.Errorf("proseFences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
