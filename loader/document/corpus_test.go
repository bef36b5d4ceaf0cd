package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir holds real posts by others, shared beside the repository. The
// tests below only check facts about how they parse; their text is never
// copied here.
const corpusDir = "../../../shared/corpus"

// corpus parses every post in the shared corpus, skipping the test when
// the corpus is not there.
func corpus(t *testing.T) map[string]*Document {
	t.Helper()
	var files []string
	for _, dir := range []string{"seed", "dev"} {
		entries, err := os.ReadDir(filepath.Join(corpusDir, dir))
		if os.IsNotExist(err) {
			t.Skipf("no corpus at %s", corpusDir)
		}
		if err != nil {
			t.Fatalf("read corpus: %v", err)
		}
		for _, e := range entries {
			if !e.IsDir() {
				files = append(files, filepath.Join(corpusDir, dir, e.Name()))
			}
		}
	}
	docs := map[string]*Document{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		doc, err := Parse(f, data)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", f, err)
			continue
		}
		docs[doc.Name] = doc
	}
	return docs
}

func TestParseCorpus(t *testing.T) {
	docs := corpus(t)
	for name, doc := range docs {
		t.Run(name+" keeps the block invariants", func(t *testing.T) {
			checkDocument(t, doc)
		})
	}

	// Dates as the posts' own headers give them, read by hand.
	published := map[string]string{
		"eastern-canada-k8s-meetups-winter-2019": "2019-12-19", // lastmod only
		"p01":                                    "2018-07-20",
		"p03":                                    "",           // the date is only in the original file name
		"p05":                                    "2018-04-07", // Pelican "Date: 21:04 04-07-2018", month first
		"p07":                                    "2019-03-30", // a date with a time and a zone
		"p09":                                    "",
		"p12":                                    "2015-01-09", // present "9 Jan 2015"
		"p16":                                    "2018-07-05",
		"p18":                                    "2013-02-11",
		"p20":                                    "2015-09-30", // ":created:" unix seconds
		"p22":                                    "2017-08-04",
		"p27":                                    "",
		"p29":                                    "",
	}
	for name, want := range published {
		t.Run(name+" has its publication date", func(t *testing.T) {
			doc := docs[name]
			if doc == nil {
				t.Skipf("%s is not in the corpus", name)
			}
			if doc.Meta.Published != want {
				t.Errorf("Parse(%s).Meta.Published = %q, want %q", name, doc.Meta.Published, want)
			}
		})
	}

	facts := []struct {
		name  string
		post  string
		check func(t *testing.T, doc *Document)
	}{
		{"the seed post's figure caption is a caption", "eastern-canada-k8s-meetups-winter-2019", func(t *testing.T, doc *Document) {
			if count(doc, func(b Block) bool { return b.Kind == Caption }) != 1 {
				t.Errorf("captions = %d, want 1", count(doc, func(b Block) bool { return b.Kind == Caption }))
			}
		}},
		{"p03's reference links are resolved", "p03", func(t *testing.T, doc *Document) {
			if !hasLink(doc, "SDU's", "https://www.sdu.nl/") {
				t.Errorf("no link \"SDU's\" to https://www.sdu.nl/")
			}
		}},
		{"p03's slide iframes are embeds", "p03", func(t *testing.T, doc *Document) {
			n := count(doc, func(b Block) bool {
				return b.Kind == Embed && len(b.Links) > 0 && strings.Contains(b.Links[0].Href, "slideshare.net/slideshow")
			})
			if n != 8 {
				t.Errorf("slide embeds = %d, want 8", n)
			}
		}},
		{"p05's Pelican header is read", "p05", func(t *testing.T, doc *Document) {
			if doc.Meta.Author != "Jean Guegant" || doc.Meta.Slug != "distributed-c++-meetup-0x02" {
				t.Errorf("Meta = %+v, want the header's author and slug", doc.Meta)
			}
			if strings.HasPrefix(doc.Blocks[0].Text, "Title:") {
				t.Errorf("the header shows in the first block %q", doc.Blocks[0].Text)
			}
		}},
		{"p07's licence comment and scripts are gone", "p07", func(t *testing.T, doc *Document) {
			if b := findText(doc, "Licensed"); b != nil {
				t.Errorf("licence comment in block %q", b.Text)
			}
			if b := findText(doc, "widgets.js"); b != nil {
				t.Errorf("script in block %q", b.Text)
			}
		}},
		{"p07's tweets are quoted", "p07", func(t *testing.T, doc *Document) {
			if n := count(doc, func(b Block) bool { return b.Quoted }); n != 4 {
				t.Errorf("quoted blocks = %d, want 4", n)
			}
			if doc.Meta.Author != "mbaetens" {
				t.Errorf("Meta.Author = %q, want the first of the authors list", doc.Meta.Author)
			}
		}},
		{"p09's commented-out lines are gone", "p09", func(t *testing.T, doc *Document) {
			for _, word := range []string{"Amenities", "ViaWest", "restaruant"} {
				if b := findText(doc, word); b != nil {
					t.Errorf("commented-out %q in block %q", word, b.Text)
				}
			}
		}},
		{"p09's setext headings and nested agenda are read", "p09", func(t *testing.T, doc *Document) {
			if b := doc.Blocks[0]; b.Kind != Heading || b.Level != 1 {
				t.Errorf("first block = %v/%d, want a level 1 heading", b.Kind, b.Level)
			}
			if n := count(doc, func(b Block) bool { return b.Kind == ListItem && b.Level == 1 }); n != 9 {
				t.Errorf("nested agenda items = %d, want 9", n)
			}
		}},
		{"p12's present header is Meta and its directives are dropped", "p12", func(t *testing.T, doc *Document) {
			if doc.Format != FormatArticle || doc.Meta.Author != "Francesc Campoy" || !strings.HasPrefix(doc.Meta.Summary, "Reporting from") {
				t.Errorf("Format, Meta = %q, %+v, want the article's header", doc.Format, doc.Meta)
			}
			if b := findText(doc, ".image"); b != nil {
				t.Errorf("directive in block %q", b.Text)
			}
			if n := count(doc, func(b Block) bool { return b.Kind == ListItem && len(b.Spans) > 0 }); n != 14 {
				t.Errorf("talk items with italics = %d, want 14", n)
			}
		}},
		{"p20's Ruby symbol keys are read", "p20", func(t *testing.T, doc *Document) {
			if doc.Meta.Title != "Bay Area JAM" || doc.Meta.Author != "alyssa" || len(doc.Meta.Tags) != 3 {
				t.Errorf("Meta = %+v, want title, author and three tags", doc.Meta)
			}
		}},
		{"p22's kramdown attributes are gone", "p22", func(t *testing.T, doc *Document) {
			if b := findText(doc, "{:"); b != nil {
				t.Errorf("attribute list in block %q", b.Text)
			}
			if doc.Blocks[0].Kind != Embed {
				t.Errorf("first block = %v, want the banner image", doc.Blocks[0].Kind)
			}
		}},
		{"p27's headings have links", "p27", func(t *testing.T, doc *Document) {
			headings := 0
			for _, b := range doc.Blocks {
				if b.Kind == Heading && b.Level == 3 {
					headings++
					if len(b.Links) == 0 {
						t.Errorf("heading %q has no link", b.Text)
					}
				}
			}
			if headings < 10 {
				t.Errorf("level 3 headings = %d, want at least 10", headings)
			}
		}},
		{"p29's TOML title and three list levels are read", "p29", func(t *testing.T, doc *Document) {
			if doc.Meta.Title != "Talks" {
				t.Errorf("Meta.Title = %q, want %q", doc.Meta.Title, "Talks")
			}
			for level := 0; level <= 2; level++ {
				if count(doc, func(b Block) bool { return b.Kind == ListItem && b.Level == level }) == 0 {
					t.Errorf("no list item at level %d", level)
				}
			}
		}},
	}
	for _, f := range facts {
		t.Run(f.name, func(t *testing.T) {
			doc := docs[f.post]
			if doc == nil {
				t.Skipf("%s is not in the corpus", f.post)
			}
			f.check(t, doc)
		})
	}
}

func count(doc *Document, ok func(Block) bool) int {
	n := 0
	for _, b := range doc.Blocks {
		if ok(b) {
			n++
		}
	}
	return n
}

// findText returns the first block whose text contains s, or nil.
func findText(doc *Document, s string) *Block {
	for i, b := range doc.Blocks {
		if strings.Contains(b.Text, s) {
			return &doc.Blocks[i]
		}
	}
	return nil
}

func hasLink(doc *Document, text, href string) bool {
	for _, b := range doc.Blocks {
		for _, l := range b.Links {
			if b.LinkText(l) == text && l.Href == href {
				return true
			}
		}
	}
	return false
}
