package extract

import "testing"

func TestZZ(t *testing.T) {
	for _, h := range []string{"[Harish Pillay](#user-content-harish-pillay): Morality and Ethics in Software: Can it be measured?", "Harish Pillay: Morality and Ethics in Software: Can it be measured?"} {
		x, s := firstSentence(t, h)
		l, ok := x.readListing(s)
		t.Logf("%q -> %+v %v", s.text, l, ok)
		sp, ok := x.readSpeakers(s, "Harish Pillay", 0)
		t.Logf("%+v %v", sp, ok)
	}
}
