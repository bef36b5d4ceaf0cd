package document

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds on the inline scripts a document keeps: pages that list meetups or talks as a
// JavaScript array are small; a bundled application is not read.
const (
	maxScript      = 64 << 10
	maxScriptBytes = 256 << 10
)

// inlineScripts returns the text of the inline scripts of an HTML page or of the raw HTML in
// a Markdown post (no src, not JSON-LD, which schema.go reads), in order, bounded in size.
func inlineScripts(body string) []string {
	z := html.NewTokenizer(strings.NewReader(body))
	var out []string
	total := 0
	in := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			in = false
			if atom.Lookup(name) != atom.Script {
				continue
			}
			in = true
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				key, val := string(k), strings.ToLower(strings.TrimSpace(string(v)))
				if key == "src" || key == "type" && val != "" && !strings.Contains(val, "javascript") && val != "module" && val != "application/json" {
					in = false
				}
			}
		case html.TextToken:
			if !in {
				continue
			}
			text := string(z.Text())
			if len(text) > maxScript || total+len(text) > maxScriptBytes {
				return out
			}
			if strings.TrimSpace(text) != "" {
				out = append(out, text)
				total += len(text)
			}
		case html.EndTagToken:
			in = false
		}
	}
}
