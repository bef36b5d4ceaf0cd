package givennames

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/extract/givennames/internal/fold"
)

func TestIs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"an English name is a given name", "Mara", true},
		{"a German and Scandinavian name is a given name", "Jonas", true},
		{"an Indian name is a given name", "Siddharth", true},
		{"a Nigerian name is a given name", "Chinedu", true},
		{"a Ghanaian name is a given name", "Kwame", true},
		{"a Vietnamese given name is a given name", "Minh", true},
		{"a Chinese given name is a given name", "Wei", true},
		{"a Japanese name is a given name", "Hiroshi", true},
		{"a Korean compound name is a given name", "Ji-Hoon", true},
		{"a Polish name with a barred l is a given name", "Łukasz", true},
		{"an Icelandic name with thorn and eth is a given name", "Þórður", true},
		{"a Turkish name with a dotless i is a given name", "Işıl", true},
		{"a name with a diaeresis is a given name", "Zoë", true},
		{"a name without its diaeresis is a given name", "Zoe", true},
		{"a name with an acute accent is a given name", "José", true},
		{"a name without its accent is a given name", "Jose", true},
		{"a name in capitals is a given name", "SIDDHARTH", true},
		{"a name in lower case is a given name", "mara", true},
		{"a hyphenated double name is a given name", "Jean-Pierre", true},
		{"a double name with a space is a given name", "Jean Pierre", true},
		{"a name with an apostrophe is a given name", "Shin'ichi", true},
		{"a name that is also a word is a given name", "Will", true},
		{"a two-letter name is a given name", "Bo", true},
		{"a Vietnamese family name is not a given name", "Nguyen", false},
		{"an English family name is not a given name", "Ellison", false},
		{"a title word is not a given name", "Scaling", false},
		{"another title word is not a given name", "Ingest", false},
		{"a plural title word is not a given name", "Pipelines", false},
		{"a gerund is not a given name", "Testing", false},
		{"a technology name is not a given name", "Kubernetes", false},
		{"a first and family name together is not one given name", "Mara Ellison", false},
		{"a name with trailing punctuation is not a given name", "Mara,", false},
		{"an initial is not a given name", "J.", false},
		{"a single letter is not a given name", "A", false},
		{"a string with digits is not a given name", "R2D2", false},
		{"the empty string is not a given name", "", false},
		{"a separator alone is not a given name", " - ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Is(tt.in); got != tt.want {
				t.Errorf("Is(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStrong(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"an unambiguous name is strong", "Mara", true},
		{"a name from another culture is strong", "Siddharth", true},
		{"an accented name is strong", "Zoë", true},
		{"a name that is a rare word is strong", "Victor", true},
		{"a name that is a modal verb is weak", "Will", false},
		{"a name that is a month is weak", "May", false},
		{"a name that is a month in common.txt's month section is weak", "June", false},
		{"a name that is a noun and verb is weak", "Grant", false},
		{"a name that is an abstract noun is weak", "Hope", false},
		{"a name that is an invoice is weak", "Bill", false},
		{"a name that is a verb is weak", "Mark", false},
		{"a name that is an adjective is weak", "Rich", false},
		{"a name that is a title word is weak", "Deep", false},
		{"a name that is a function word is weak", "An", false},
		{"a name that is a programming language is weak", "Ruby", false},
		{"a name that is a database is weak", "Cassandra", false},
		{"weakness ignores case", "WILL", false},
		{"a word that is not a name is not strong", "Scaling", false},
		{"a family name is not strong", "Nguyen", false},
		{"the empty string is not strong", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Strong(tt.in); got != tt.want {
				t.Errorf("Strong(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestData checks the embedded file: every name is in folded form, has at
// least two letters, and is found by Is; the weak marks are a small part;
// and the header keeps the licence notice and text the GFDL requires.
func TestData(t *testing.T) {
	x := get()
	if n := len(x.ends); n < 40000 || n > 50000 {
		t.Errorf("the data has %d names, want about 44000", n)
	}
	weak := 0
	for i := range x.ends {
		n := x.name(i)
		if got := fold.String(n); got != n {
			t.Errorf("name %d %q is not folded (fold gives %q)", i, n, got)
		}
		if fold.Letters(n) < 2 {
			t.Errorf("name %d %q has fewer than two letters", i, n)
		}
		if !Is(n) {
			t.Errorf("Is(%q) = false for a name of the data", n)
		}
		if !Strong(n) {
			weak++
		}
	}
	if weak < 100 || weak > 1000 {
		t.Errorf("%d names are weak, want a few hundred", weak)
	}

	zr, err := gzip.NewReader(bytes.NewReader(namesGz))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Copyright (c) 2007-2008: Jörg MICHAEL",
		"GNU Free Documentation License, Version 1.2 or any later",
		"Modified by the talkgraph project",
		"# 1. APPLICABILITY AND DEFINITIONS", // the licence text itself
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("names.txt.gz lacks %q", want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"data that is not gzip is an error", []byte("mara\n")},
		{"names out of order are an error", gz("# header\nmara\njonas\n")},
		{"a repeated name is an error", gz("jonas\njonas\n")},
		{"an unknown mark is an error", gz("jonas\nmara\tx\n")},
		{"a file of comments only is an error", gz("# nothing\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if x, err := load(tt.data); err == nil {
				t.Errorf("load(%q) = %d names, want an error", tt.data, len(x.ends))
			}
		})
	}
}

func TestLoadSmall(t *testing.T) {
	x, err := load(gz("# header\n\nbill\tw\njonas\nmara\n"))
	if err != nil {
		t.Fatalf("load = %v", err)
	}
	for in, want := range map[string][2]bool{
		"Bill": {true, false}, "Jonas": {true, true}, "Mara": {true, true},
		"Aaron": {false, false}, "Zed": {false, false}, "Joe": {false, false},
	} {
		i, ok := x.find(in)
		strong := ok && x.weak[i/64]&(1<<(i%64)) == 0
		if ok != want[0] || strong != want[1] {
			t.Errorf("find(%q) = found %v, strong %v, want %v, %v", in, ok, strong, want[0], want[1])
		}
	}
}

func TestIsDoesNotAllocate(t *testing.T) {
	get()
	allocs := testing.AllocsPerRun(100, func() {
		Is("Siobhán")
		Strong("Kubernetes")
	})
	if allocs != 0 {
		t.Errorf("Is and Strong allocate %v times per call, want 0", allocs)
	}
}

// gz returns s gzipped.
func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}
