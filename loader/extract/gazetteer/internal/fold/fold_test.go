package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"capitals become lower case", "LONDON", "london"},
		{"accents are removed", "Montréal", "montreal"},
		{"several accents are removed", "São Tomé", "sao tome"},
		{"a stacked accent is removed", "Hà Nội", "ha noi"},
		{"a dotted capital I becomes i", "İzmir", "izmir"},
		{"sharp s is spelled ss", "Straße", "strasse"},
		{"slashed o is spelled o", "Tromsø", "tromso"},
		{"stroked l is spelled l", "Łódź", "lodz"},
		{"ae ligature is spelled ae", "Ærøskøbing", "aeroskobing"},
		{"a hyphen is a word break", "Tel-Aviv", "tel aviv"},
		{"a dash is a word break", "Kitchener–Waterloo", "kitchener waterloo"},
		{"dots and spaces collapse into one break", "St. Louis", "st louis"},
		{"an apostrophe is dropped", "St. John's", "st johns"},
		{"a curly apostrophe is dropped", "Xi’an", "xian"},
		{"leading and trailing punctuation is dropped", "  (Berlin), ", "berlin"},
		{"digits are kept", "Area 51", "area 51"},
		{"other scripts are kept in lower case", "Москва", "москва"},
		{"punctuation alone folds to nothing", " - ", ""},
		{"the empty string folds to nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendKeepsPrefix(t *testing.T) {
	got := string(Append([]byte("x|"), "Québec City"))
	if want := "x|quebec city"; got != want {
		t.Errorf("Append(%q, %q) = %q, want %q", "x|", "Québec City", got, want)
	}
	got = string(Append([]byte("x|"), "-Québec"))
	if want := "x|quebec"; got != want {
		t.Errorf("Append(%q, %q) = %q, want %q", "x|", "-Québec", got, want)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"spaces become hyphens", "New York City", "new-york-city"},
		{"brackets vanish", "Frankfurt (Oder)", "frankfurt-oder"},
		{"apostrophes vanish", "St. John's", "st-johns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestASCII(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string
		wantOK bool
	}{
		{"accents are removed and case kept", "Québec", "Quebec", true},
		{"umlauts lose their dots", "Köln", "Koln", true},
		{"a curly apostrophe becomes straight", "Khairpur Mir’s", "Khairpur Mir's", true},
		{"special letters are spelled out", "Ærøskøbing", "AEroskobing", true},
		{"punctuation is kept", "Frankfurt (Oder)", "Frankfurt (Oder)", true},
		{"a dash becomes a hyphen", "Kitchener–Waterloo", "Kitchener-Waterloo", true},
		{"letters of other scripts are lost", "Tokyo 東京", "Tokyo", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ASCII(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("ASCII(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// BenchmarkAppend measures folding into a buffer with room, which must not
// allocate.
func BenchmarkAppend(b *testing.B) {
	for _, in := range []string{"San Francisco", "Montréal", "Kitchener–Waterloo"} {
		b.Run(in, func(b *testing.B) {
			var buf [64]byte
			for b.Loop() {
				Append(buf[:0], in)
			}
		})
	}
}
