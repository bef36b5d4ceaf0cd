package main

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dictHeader is the part of nam_dict.txt's header that parseDict needs.
const dictHeader = "# nam_dict.txt                                                                        $\r\n" +
	"# char set = utf-8                                                                    $\r\n"

// dictLine formats a name line of nam_dict.txt: code in columns 1-2, name
// from column 4, sort mark in column 30, frequencies after it, and the '$'.
func dictLine(code, name string, mark rune) string {
	pad := func(s string, n int) string {
		return s + strings.Repeat(" ", max(0, n-len([]rune(s))))
	}
	return pad(code, 3) + pad(name, 26) + string(mark) + pad("  1 2", 56) + "$\r\n"
}

func TestParseDict(t *testing.T) {
	dict := dictHeader +
		dictLine("M", "Abdel+Aziz", ' ') +
		dictLine("F", "Käte", '+') + // the expanded-umlaut repeat: skipped
		dictLine("F", "Käte", '-') +
		dictLine("=", "Käte Katharina", '-') +
		dictLine("?", "Zoë", ' ') +
		dictLine("1M", "Jean-Pierre", ' ') +
		dictLine("?F", "Ír", ' ') +
		dictLine("M", "Ken'ichi", ' ') +
		dictLine("F", "Þórdís", ' ')
	got, err := parseDict(strings.NewReader(dict))
	if err != nil {
		t.Fatalf("parseDict = %v", err)
	}
	want := []string{"abdelaziz", "ir", "jeanpierre", "kate", "katharina", "kenichi", "thordis", "zoe"}
	if diff := cmp.Diff(want, slices.Sorted(maps.Keys(got))); diff != "" {
		t.Errorf("parseDict names (-want +got):\n%s", diff)
	}
}

func TestParseDictErrors(t *testing.T) {
	tests := []struct {
		name string
		dict string
	}{
		{"a file without the UTF-8 declaration is an error", dictLine("M", "Jonas", ' ')},
		{"ISO-8859-1 bytes are an error", dictHeader + dictLine("F", "Zo\xeb", ' ')},
		{"an escape code is an error", dictHeader + dictLine("F", "Zo<\"e>", ' ')},
		{"an unknown gender code is an error", dictHeader + dictLine("X", "Jonas", ' ')},
		{"a short line is an error", dictHeader + "M  Jonas\r\n"},
		{"an equivalence with one name is an error", dictHeader + dictLine("=", "Jonas", ' ')},
		{"a name with digits is an error", dictHeader + dictLine("M", "Jonas2", ' ')},
		{"a file with no names is an error", dictHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := parseDict(strings.NewReader(tt.dict)); err == nil {
				t.Errorf("parseDict(%q) = %v, want an error", tt.dict, got)
			}
		})
	}
}

func TestParseDictDropsOneLetterNames(t *testing.T) {
	got, err := parseDict(strings.NewReader(dictHeader + dictLine("M", "A", ' ') + dictLine("M", "Bo", ' ')))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"bo": true}; !maps.Equal(got, want) {
		t.Errorf("parseDict = %v, want %v", got, want)
	}
}

func TestCommonWords(t *testing.T) {
	txt := `# The file's own comment.

# Frequent words.
about
will

# Common given names in English-language posts.
austin
mara

# Technology.
Ruby # a comment
`
	got, err := commonWords(txt)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"about": true, "will": true, "ruby": true}; !maps.Equal(got, want) {
		t.Errorf("commonWords = %v, want %v", got, want)
	}
	if _, err := commonWords("# Words.\nabout\n"); err == nil {
		t.Error("commonWords without a section of given names: no error")
	}
}

// TestLists checks words.txt and extra.txt: each section sorted, entries
// folded and unique, and no extra name also marked as a word.
func TestLists(t *testing.T) {
	words, err := parseList(wordsTxt)
	if err != nil {
		t.Fatal(err)
	}
	extra, err := parseList(extraTxt)
	if err != nil {
		t.Fatal(err)
	}
	for file, txt := range map[string]string{"words.txt": wordsTxt, "extra.txt": extraTxt} {
		for i, section := range strings.Split(txt, "\n\n") {
			entries, err := parseList(section)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.IsSorted(entries) {
				t.Errorf("%s section %d is not sorted", file, i+1)
			}
		}
	}
	seen := map[string]bool{}
	for _, w := range slices.Concat(words, extra) {
		if seen[w] {
			t.Errorf("%q is listed twice", w)
		}
		seen[w] = true
	}
	for _, line := range strings.Split(wordsTxt, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") && line != strings.ToLower(line) {
			t.Errorf("words.txt: %q is not lower case", line)
		}
	}
}

// TestReproducible regenerates the data file from the wheel named by
// $GENDER_GUESSER_WHEEL and checks that it is byte for byte the committed
// one. It skips when the variable is unset, so the tests never need the
// network.
func TestReproducible(t *testing.T) {
	wheel := os.Getenv("GENDER_GUESSER_WHEEL")
	if wheel == "" {
		t.Skip("GENDER_GUESSER_WHEEL is not set")
	}
	out := filepath.Join(t.TempDir(), "names.txt.gz")
	if err := run(wheel, wheelSHA, "../../../gazetteer/common.txt", "../../GFDL-1.2.txt", out); err != nil {
		t.Fatalf("run(%q) = %v", wheel, err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../names.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("regenerated names.txt.gz (%d bytes) differs from the committed one (%d bytes); run go generate", len(got), len(want))
	}
}

// TestRunChecksSHA checks that a wheel with another checksum is refused.
func TestRunChecksSHA(t *testing.T) {
	wheel := filepath.Join(t.TempDir(), wheelName)
	if err := os.WriteFile(wheel, []byte("not the wheel"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(wheel, wheelSHA, "../../../gazetteer/common.txt", "../../GFDL-1.2.txt", filepath.Join(t.TempDir(), "out.gz"))
	if err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("run(a wrong wheel) = %v, want a sha256 mismatch", err)
	}
}
