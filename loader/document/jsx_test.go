package document

import (
	"strings"
	"testing"
)

func TestJSXTalks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the blocks, as markedAll writes them
	}{
		{
			name: "a titled component around person components is a talk line",
			src: "# Day one\n\n<Callout kind=\"info\" title={<a href=\"/t/fast\">Fast Builds Everywhere</a>}>\n" +
				"  <Speaker\n    name='Ana Lima'\n    position='Engineer at Initech'\n  />\n</Callout>\n\n" +
				"<Callout title=\"Pairing with Robots\">\n<Speaker name=\"Bo Chen\" />\n<Speaker name=\"Cy Diaz\" />\n</Callout>\n",
			want: []string{
				"heading/1: Day one",
				"paragraph: **[Fast Builds Everywhere](/t/fast)** by Ana Lima (Engineer at Initech)",
				"paragraph: **Pairing with Robots** by Bo Chen and Cy Diaz",
			},
		},
		{
			name: "a person component on its own is a speaker line",
			src:  "# Pairing with robots\n\n<Presenter name=\"Dana Wu\" role=\"Lead, Umbrella\" />\n\nNotes from the talk.\n",
			want: []string{
				"heading/1: Pairing with robots",
				"paragraph: Speaker: Dana Wu",
				"paragraph: Notes from the talk.",
			},
		},
		{
			name: "components without a person, and code, are left alone",
			src:  "<Tabs title=\"Setup\">\nRun it.\n</Tabs>\n\n```jsx\n<Note title=\"x\"><Speaker name=\"Not Read\" /></Note>\n```\n",
			want: []string{
				"paragraph: Run it.",
				"code: <Note title=\"x\"><Speaker name=\"Not Read\" /></Note>",
			},
		},
		{
			name: "a component that closes itself hides none of the text after it",
			src:  "## All talks\n\n<Video src=\"https://video.example.org/list\" />\n\n## Highlights\n\nNotes from the day.\n",
			want: []string{
				"heading/2: All talks",
				"heading/2: Highlights",
				"paragraph: Notes from the day.",
			},
		},
		{
			name: "a title that is an expression is no text",
			src:  "<Card title={props.title}>\n<Speaker name=\"Eve Park\" />\n</Card>\n",
			want: []string{"paragraph: Speaker: Eve Park"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "page.mdx.md", tt.src)
			got := markedAll(doc.Blocks)
			if d := lineDiff(strings.Join(tt.want, "\n"), strings.Join(got, "\n")); d != "" {
				t.Errorf("blocks differ %s", d)
			}
		})
	}
}

func TestJSXTalksUnclosed(t *testing.T) {
	src := "<Session title=\"Tuning Queues\">\n<Speaker name=\"Kai Moss\" />\n"
	got := jsxTalks(src)
	if !strings.Contains(got, "**Tuning Queues** by Kai Moss") {
		t.Errorf("jsxTalks(%q) = %q, want the talk line for a component left open", src, got)
	}
	for _, s := range []string{"", "<p>plain html</p>", "<Speaker name=", "<Speaker name=\"x\" title={{{ />"} {
		_ = jsxTalks(s) // must not panic on broken input
	}
}

// TestMDXPosts: an .mdx post is Markdown; its module statements are no text, and the Markdown
// inside its HTML elements is read as MDX reads it: marked, with the element's indentation
// no code block.
func TestMDXPosts(t *testing.T) {
	src := "import Note from '@site/src/note';\nimport {\n  Card,\n  Grid,\n} from '../parts';\nexport const meta = {\n  kind: 'event',\n};\n\n" +
		"# Autumn sessions\n\n<details>\n  <summary>**Tracing Without Tears** with Mara Ellison (Quillfeather Technology)</summary>\n  <div>\n" +
		"    We follow one request through three services.\n\n    Bring a laptop.<hr/>\n    **About the speaker**: Mara builds tools.\n  </div>\n</details>\n\n" +
		"```js\nimport x from 'y';\n```\n"
	doc := mustParse(t, "autumn.mdx", src)
	want := []string{
		"heading/1: Autumn sessions",
		"paragraph: **Tracing Without Tears** with Mara Ellison (Quillfeather Technology)",
		"paragraph: We follow one request through three services.",
		"paragraph: Bring a laptop.",
		"paragraph: **About the speaker**: Mara builds tools.",
		"code: import x from 'y';",
	}
	if d := lineDiff(strings.Join(want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
		t.Errorf("blocks differ %s", d)
	}
	if doc.Format != FormatMarkdown {
		t.Errorf("format = %q, want %q", doc.Format, FormatMarkdown)
	}
}

// TestMDXSavedAsMarkdown: a .md post that opens with component imports is read as MDX.
func TestMDXSavedAsMarkdown(t *testing.T) {
	src := "---\nsidebar_position: 1\n---\n\nimport Person from '@site/src/components/Person';\n\n# Day one\n\n" +
		"<Note title=\"Pairing with Robots\">\n  <Speaker\n    name='Bo Chen'\n  />\n</Note>\n"
	doc := mustParse(t, "overview.md", src)
	want := []string{"heading/1: Day one", "paragraph: **Pairing with Robots** by Bo Chen"}
	if d := lineDiff(strings.Join(want, "\n"), strings.Join(markedAll(doc.Blocks), "\n")); d != "" {
		t.Errorf("blocks differ %s", d)
	}
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"import Person from '@site/src/components/Person';\n\nText.", true},
		{"\n\nimport {Tabs} from '@theme/Tabs'\n", true},
		{"Text first.\n\nimport Speaker from 'x';\n", false},
		{"import this into your project, from the start.\n", false},
	} {
		if got := opensWithESM(tc.src); got != tc.want {
			t.Errorf("opensWithESM(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
