package document

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZPatho(t *testing.T) {
	if os.Getenv("PATHO") == "" {
		t.Skip()
	}
	nl := func(n int, step string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(step, i) + "- x\n")
		}
		return b.String()
	}
	cases := map[string]string{
		"quotes":       strings.Repeat(">", 1<<20),
		"quotes2":      strings.Repeat("> ", 1<<19) + "x",
		"lists":        strings.Repeat("- ", 1<<19) + "x",
		"olists":       strings.Repeat("1. ", 1<<18) + "x",
		"lists-nl":     nl(1400, "  "),
		"lists-tab":    nl(1000, "\t"),
		"lists-nl2":    nl(1400, " "),
		"divs":         strings.Repeat("<div>", 1<<18),
		"divs.html":    strings.Repeat("<div>", 1<<18),
		"em":           strings.Repeat("*a ", 1<<18),
		"brackets":     strings.Repeat("[", 1<<19) + strings.Repeat("](x)", 1<<17),
		"backticks":    strings.Repeat("`a", 1<<18),
		"table":        "|a|b|\n|-|-|\n" + strings.Repeat("|x|y|\n", 1<<16),
		"widetable":    strings.Repeat("|a", 1<<15) + "\n" + strings.Repeat("|-", 1<<15) + "\n" + strings.Repeat("|x", 1<<15) + "\n",
		"p.html":       strings.Repeat("<p>", 1<<18),
		"a.html":       strings.Repeat("<a href=x>", 1<<17),
		"lt":           strings.Repeat("<", 1<<20),
		"links":        strings.Repeat("[a]: b\n", 1<<17) + strings.Repeat("[a] ", 1<<16),
		"paralines":    strings.Repeat("word word\n", 1<<17),
		"listlines":    strings.Repeat("- word word\n", 1<<16),
		"quotelines":   strings.Repeat("> word word\n", 1<<16),
		"linkify":      strings.Repeat("www.a.b ", 1<<17),
		"html-comment": strings.Repeat("<!-- ", 1<<18),
		"inline-html":  strings.Repeat("<span a='b'>x", 1<<16),
		"setext":       strings.Repeat("a\n=\n", 1<<17),
		"headings":     strings.Repeat("# a\n", 1<<17),
		"emph-nest":    strings.Repeat("**_", 1<<17) + "x" + strings.Repeat("_**", 1<<17),
		"links-nest":   strings.Repeat("[a", 1<<17) + strings.Repeat("](b)", 1<<17),
		"images":       strings.Repeat("![a](b) ", 1<<17),
		"autolinks":    strings.Repeat("<http://a.b> ", 1<<16),
		"entities2":    strings.Repeat("&#x1F600;", 1<<16),
		"underscores":  strings.Repeat("_", 1<<20),
		"stars":        strings.Repeat("*", 1<<20),
		"tildes":       strings.Repeat("~", 1<<20),
		"mixed-delims": strings.Repeat("*_~`", 1<<18),
	}
	for name, s := range cases {
		n := name
		if !strings.Contains(n, ".") {
			n += ".md"
		}
		start := time.Now()
		d, err := Parse(n, []byte(s))
		nb := 0
		if d != nil {
			nb = len(d.Blocks)
		}
		t.Logf("%-14s %8d bytes %v blocks=%d err=%v", name, len(s), time.Since(start), nb, err)
	}
}
