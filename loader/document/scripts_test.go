package document

import (
	"strings"
	"testing"
)

func TestInlineScripts(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{
			name: "an inline script is kept",
			page: "<html><body><p>Meetings.</p><script>var meetings = [];</script></body></html>",
			want: []string{"var meetings = [];"},
		},
		{
			name: "scripts loaded from elsewhere, JSON-LD and templates are not",
			page: `<html><body><p>Meetings.</p><script src="/app.js"></script><script type="application/ld+json">{"@type":"Event"}</script>` +
				`<script type="text/template"><b>x</b></script><script type="module">export const talks = [];</script></body></html>`,
			want: []string{"export const talks = [];"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("page.html", []byte(tt.page))
			if err != nil {
				t.Fatalf("Parse() error: %v", err)
			}
			if strings.Join(doc.Scripts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Parse().Scripts = %q, want %q", doc.Scripts, tt.want)
			}
		})
	}
}

func TestTalkShortcodesAreKept(t *testing.T) {
	tests := []struct {
		name, body string
		kept       bool
	}{
		{"a talk shortcode with a title", `{{< talk title="Tracing Without Tears" event="Gopher Days" >}}`, true},
		{"a session include with a title", `{% include session.html title="Tracing Without Tears" speaker="Ana Lima" %}`, true},
		{"a talk shortcode without attributes", `{{< talk >}}`, false},
		{"another shortcode", `{{< tweet 911351102905503744 >}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("post.md", []byte("Intro.\n\n"+tt.body+"\n"))
			if err != nil {
				t.Fatalf("Parse() error: %v", err)
			}
			kept := false
			for _, b := range doc.Blocks {
				kept = kept || strings.Contains(b.Text, "title=")
			}
			if kept != tt.kept {
				t.Errorf("Parse(%q) keeps the call: %v, want %v", tt.body, kept, tt.kept)
			}
		})
	}
}
