package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"an ASCII name is lower cased", "Mara", "mara"},
		{"capitals fold like lower case", "JONAS", "jonas"},
		{"a diaeresis is removed", "Zoë", "zoe"},
		{"an acute accent is removed", "José", "jose"},
		{"a decomposed accent is removed", "Jose\u0301", "jose"},
		{"a hyphenated name loses its hyphen", "Jean-Pierre", "jeanpierre"},
		{"a spaced name loses its space", "Jean Pierre", "jeanpierre"},
		{"the data's plus sign is a separator", "Abdel+Aziz", "abdelaziz"},
		{"an apostrophe is dropped", "Shin'ichi", "shinichi"},
		{"a typographic apostrophe is dropped", "Ken’ichi", "kenichi"},
		{"an Icelandic thorn and eth are spelled out", "Þórður", "thordur"},
		{"a Polish barred l becomes l", "Łukasz", "lukasz"},
		{"a Turkish dotted capital I becomes i", "İlknur", "ilknur"},
		{"a Turkish dotless i becomes i", "Işıl", "isil"},
		{"the Dutch ij ligature becomes ij", "Ĳsbrand", "ijsbrand"},
		{"a sharp s becomes ss", "Jürgen Groß", "jurgengross"},
		{"a Danish o with stroke becomes o", "Søren", "soren"},
		{"a Romanian comma below is removed", "Ștefan", "stefan"},
		{"a letter of another script is kept, lower cased", "Ωmega", "ωmega"},
		{"a digit makes it no name", "R2D2", ""},
		{"a dot makes it no name", "J.", ""},
		{"a comma makes it no name", "Mara,", ""},
		{"an invalid byte makes it no name", "Ma\xffra", ""},
		{"the empty string stays empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendKeepsDstOnFailure(t *testing.T) {
	dst := []byte("prefix")
	got, ok := Append(dst, "Jo3")
	if ok || string(got) != "prefix" {
		t.Errorf(`Append("prefix", "Jo3") = %q, %v, want "prefix", false`, got, ok)
	}
	got, ok = Append(dst, "Jo")
	if !ok || string(got) != "prefixjo" {
		t.Errorf(`Append("prefix", "Jo") = %q, %v, want "prefixjo", true`, got, ok)
	}
}

func TestAppendDoesNotAllocate(t *testing.T) {
	var buf [64]byte
	allocs := testing.AllocsPerRun(100, func() {
		Append(buf[:0], "Zoë-Siobhán")
	})
	if allocs != 0 {
		t.Errorf("Append allocates %v times per call, want 0", allocs)
	}
}

func TestLetters(t *testing.T) {
	for in, want := range map[string]int{"jo": 2, "ωmega": 5, "": 0} {
		if got := Letters(in); got != want {
			t.Errorf("Letters(%q) = %d, want %d", in, got, want)
		}
	}
}
