package gazetteer

import (
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // City.ID, or "" when nothing may match
	}{
		{"a city is found by its name", "London", "london-gb"},
		{"an accented name is found", "Montréal", "montreal-ca"},
		{"an ASCII spelling of an accented name is found", "Montreal", "montreal-ca"},
		{"case does not matter", "mONTREAL", "montreal-ca"},
		{"the city of Quebec wins over the province", "Quebec", "quebec-ca"},
		{"the English name Quebec City is an alternate name", "Quebec City", "quebec-ca"},
		{"an accented name of a city with an accent-free ID is found", "Québec", "quebec-ca"},
		{"a former name leads to the renamed city", "Bangalore", "bengaluru-in"},
		{"the new name is found too", "Bengaluru", "bengaluru-in"},
		{"New York leads to New York City", "New York", "new-york-city-us"},
		{"New York City is found by its name", "New York City", "new-york-city-us"},
		{"NYC is a known abbreviation", "NYC", "new-york-city-us"},
		{"an abbreviation may have dots", "N.Y.C.", "new-york-city-us"},
		{"SF is a known abbreviation", "SF", "san-francisco-us"},
		{"LA is a known abbreviation", "LA", "los-angeles-us"},
		{"an abbreviation in lower case is a word, not a city", "la", ""},
		{"a hyphenated single city is that city", "Tel-Aviv", "tel-aviv-il"},
		{"Tel Aviv is found with a space", "Tel Aviv", "tel-aviv-il"},
		{"the English name Munich is found", "Munich", "munich-de"},
		{"the German name München is found", "München", "munich-de"},
		{"Brussels is found", "Brussels", "brussels-be"},
		{"the English name Cologne leads to Köln", "Cologne", "koln-de"},
		{"Sao Paulo is found without its accent", "Sao Paulo", "sao-paulo-br"},
		{"São Paulo is found with its accent", "São Paulo", "sao-paulo-br"},
		{"Zürich is found with its umlaut", "Zürich", "zurich-ch"},
		{"Kraków is found with its accent", "Kraków", "krakow-pl"},
		{"Kiev leads to Kyiv", "Kiev", "kyiv-ua"},
		{"Bombay leads to Mumbai", "Bombay", "mumbai-in"},
		{"Den Haag leads to The Hague", "Den Haag", "the-hague-nl"},
		{"surrounding punctuation is ignored", "  (Berlin)  ", "berlin-de"},
		{"St. is spelled out when GeoNames spells it out", "Ft. Worth", "fort-worth-us"},
		{"Saint is abbreviated when GeoNames abbreviates it", "Saint Louis", "st-louis-us"},
		{"an apostrophe is optional", "St Johns", "st-johns-ca"},
		{"a short form of a city's name leads to the city", "Frankfurt", "frankfurt-am-main-de"},
		{"Washington is the capital", "Washington", "washington-us"},
		{"a common word that is a city is still found", "Reading", "reading-gb"},
		{"Nice is a city", "Nice", "nice-fr"},
		{"Mobile is a city", "Mobile", "mobile-us"},
		{"Of is a city in Turkey", "Of", "of-tr"},
		{"Bath is a city", "Bath", "bath-gb"},
		{"the is not a city", "the", ""},
		{"and is not a city", "and", ""},
		{"Go is not a city", "Go", ""},
		{"Kubernetes is not a city", "Kubernetes", ""},
		{"Docker is not a city", "Docker", ""},
		{"Meetup is not a city", "Meetup", ""},
		{"Rust is not El Cerrito, whose alternate name it is", "Rust", ""},
		{"a country is not a city", "Spain", ""},
		{"a country abbreviation is not a city", "USA", ""},
		{"the empty string is not a city", "", ""},
		{"punctuation alone is not a city", "--", ""},
		{"a city and its region are not twin cities", "San Jose, CA", ""},
		{"a region's nickname is not a city", "Silicon Valley", ""},
		{"a region's nickname of common words is not twin cities", "Bay Area", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Lookup(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("Lookup(%q) = %q, true, want no city", tt.in, c.ID)
				}
				return
			}
			if !ok || c.ID != tt.want {
				t.Errorf("Lookup(%q) = %q, %v, want %q, true", tt.in, c.ID, ok, tt.want)
			}
		})
	}
}

func TestLookupReturnsWholeCity(t *testing.T) {
	got, ok := Lookup("Montréal")
	want := City{ID: "montreal-ca", Name: "Montreal", Country: "CA", Region: "QC", Population: 1762949, GeonameID: 6077243,
		Latitude: 45.50884, Longitude: -73.58781}
	if !ok || got != want {
		t.Errorf("Lookup(%q) = %+v, %v, want %+v, true", "Montréal", got, ok, want)
	}
}

func TestLookupAmbiguous(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		country string
	}{
		{"London is London in England, not Ontario", "London", "london-gb", "GB"},
		{"Waterloo alone is the most populous city called Waterloo", "Waterloo", "waterloo-ca", "CA"},
		{"Waterloo is not Austin, whose former name it is", "Waterloo", "waterloo-ca", "CA"},
		{"San Jose is San Jose, California", "San Jose", "san-jose-us", "US"},
		{"Paris is Paris, France", "Paris", "paris-fr", "FR"},
		{"Portland is Portland, Oregon", "Portland", "portland-us", "US"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Lookup(tt.in)
			if !ok || c.ID != tt.want || c.Country != tt.country {
				t.Errorf("Lookup(%q) = %q in %q, %v, want %q in %q, true", tt.in, c.ID, c.Country, ok, tt.want, tt.country)
			}
		})
	}
}

func TestLookupIn(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		country string
		want    string
	}{
		{"San Jose in the US is San Jose, California", "San Jose", "US", "san-jose-us"},
		{"San Jose in Costa Rica is the capital", "San Jose", "CR", "san-jose-cr"},
		{"London in Canada is London, Ontario", "London", "CA", "london-ca"},
		{"Waterloo in the US is a Waterloo, not Austin", "Waterloo", "US", "waterloo-us"},
		{"Paris in the US is Paris, Texas", "Paris", "US", "paris-us"},
		{"the country code may be lower case", "San Jose", "us", "san-jose-us"},
		{"twin cities are found within their country", "Kitchener-Waterloo", "CA", "kitchener-waterloo-ca"},
		{"a city outside the country is not found", "Berlin", "FR", ""},
		{"a three-letter country code is refused", "Berlin", "DEU", ""},
		{"an abbreviation outside its country is not found", "NYC", "GB", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := LookupIn(tt.in, tt.country)
			if tt.want == "" {
				if ok {
					t.Errorf("LookupIn(%q, %q) = %q, true, want no city", tt.in, tt.country, c.ID)
				}
				return
			}
			if !ok || c.ID != tt.want {
				t.Errorf("LookupIn(%q, %q) = %q, %v, want %q, true", tt.in, tt.country, c.ID, ok, tt.want)
			}
		})
	}
}

func TestLookupInRegion(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		region string
		want   string // City.ID and Region, or "" when nothing may match
		code   string
	}{
		{"Portland, Maine is not Portland, Oregon", "Portland", "ME", "portland-us-4975802", "ME"},
		{"Portland, Oregon is the most populous Portland", "Portland", "OR", "portland-us", "OR"},
		{"London, Ontario is found by province code", "London", "ON", "london-ca", "ON"},
		{"a region may be named", "London", "Ontario", "london-ca", "ON"},
		{"San Jose, California is found", "San Jose", "CA", "san-jose-us", "CA"},
		{"a city outside the region is not found", "Toronto", "QC", "", ""},
		{"a region that is not in the US or Canada is refused", "Munich", "Bavaria", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := LookupInRegion(tt.in, tt.region)
			if tt.want == "" {
				if ok {
					t.Errorf("LookupInRegion(%q, %q) = %q, true, want no city", tt.in, tt.region, c.ID)
				}
				return
			}
			if !ok || c.ID != tt.want || c.Region != tt.code {
				t.Errorf("LookupInRegion(%q, %q) = %q in %q, %v, want %q in %q, true", tt.in, tt.region, c.ID, c.Region, ok, tt.want, tt.code)
			}
		})
	}
}

func TestLookupTwinCities(t *testing.T) {
	kitchener, _ := LookupIn("Kitchener", "CA")
	waterloo, _ := LookupIn("Waterloo", "CA")
	tests := []struct {
		name string
		in   string
		want City
	}{
		{"a hyphen joins twin cities", "Kitchener-Waterloo", City{
			ID: "kitchener-waterloo-ca", Name: "Kitchener-Waterloo", Country: "CA", Region: "ON",
			Population: kitchener.Population + waterloo.Population,
			Latitude:   (kitchener.Latitude + waterloo.Latitude) / 2, Longitude: (kitchener.Longitude + waterloo.Longitude) / 2,
		}},
		{"a space joins twin cities", "Kitchener Waterloo", City{
			ID: "kitchener-waterloo-ca", Name: "Kitchener-Waterloo", Country: "CA", Region: "ON",
			Population: kitchener.Population + waterloo.Population,
			Latitude:   (kitchener.Latitude + waterloo.Latitude) / 2, Longitude: (kitchener.Longitude + waterloo.Longitude) / 2,
		}},
		{"a dash joins twin cities", "Kitchener–Waterloo", City{
			ID: "kitchener-waterloo-ca", Name: "Kitchener-Waterloo", Country: "CA", Region: "ON",
			Population: kitchener.Population + waterloo.Population,
			Latitude:   (kitchener.Latitude + waterloo.Latitude) / 2, Longitude: (kitchener.Longitude + waterloo.Longitude) / 2,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := Lookup(tt.in); !ok || got != tt.want {
				t.Errorf("Lookup(%q) = %+v, %v, want %+v, true", tt.in, got, ok, tt.want)
			}
		})
	}

	ids := []struct {
		name string
		in   string
		want string
	}{
		{"a two-word second half is found", "Minneapolis-Saint Paul", "minneapolis-saint-paul-us"},
		{"an abbreviated second half is found", "Minneapolis-St. Paul", "minneapolis-saint-paul-us"},
		{"Dallas-Fort Worth is twin cities in Texas", "Dallas-Fort Worth", "dallas-fort-worth-us"},
		{"twin cities may be written with spaces only", "Dallas Fort Worth", "dallas-fort-worth-us"},
		{"a slash joins twin cities", "Raleigh/Durham", "raleigh-durham-us"},
		{"cities of different countries are not twins", "Paris-Berlin", ""},
		{"a city is not its own twin", "Paris-Paris", ""},
		{"a city and a word are not twins", "Berlin Meetup", ""},
	}
	for _, tt := range ids {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Lookup(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("Lookup(%q) = %q, true, want no city", tt.in, c.ID)
				}
				return
			}
			if !ok || c.ID != tt.want || c.GeonameID != 0 {
				t.Errorf("Lookup(%q) = %q (GeoNames ID %d), %v, want %q (GeoNames ID 0), true", tt.in, c.ID, c.GeonameID, ok, tt.want)
			}
		})
	}
}

func TestFuzzy(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // City.ID, or "" when Fuzzy must refuse
	}{
		{"a vowel typo in a long name is corrected", "Sao Paolo", "sao-paulo-br"},
		{"a doubled letter is corrected", "Torontoo", "toronto-ca"},
		{"swapped letters are corrected", "Monteral", "montreal-ca"},
		{"a dropped letter is corrected", "Lodon", "london-gb"},
		{"two typos in a long name are corrected", "Amsterdum", "amsterdam-nl"},
		{"an exact match wins", "Paris", "paris-fr"},
		{"an exact match of a small city wins", "Of", "of-tr"},
		{"an exact match of twin cities wins", "Kitchener-Waterloo", "kitchener-waterloo-ca"},
		{"a short word is not corrected", "Pars", ""},
		{"two typos in a short name are too many", "Brlinn", ""},
		{"a common word is not corrected", "Docket", ""},
		{"a technology word is not corrected", "Python", ""},
		{"a country is not corrected to a city", "Belgium", ""},
		{"a US state is not corrected to a city", "Texas", ""},
		{"a typo between two similar cities is ambiguous", "Ajmen", ""},
		{"a word far from any city is not corrected", "Xylophone", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Fuzzy(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("Fuzzy(%q) = %q, true, want no city", tt.in, c.ID)
				}
				return
			}
			if !ok || c.ID != tt.want {
				t.Errorf("Fuzzy(%q) = %q, %v, want %q, true", tt.in, c.ID, ok, tt.want)
			}
		})
	}
}

func TestIsCountry(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"Spain is a country", "Spain", true},
		{"Belgium is a country", "Belgium", true},
		{"India is a country", "India", true},
		{"a country name may be lower case", "germany", true},
		{"a long official name is a country", "United Kingdom", true},
		{"The Netherlands is a country", "The Netherlands", true},
		{"Netherlands without The is a country", "Netherlands", true},
		{"Holland is a common English name for a country", "Holland", true},
		{"England is treated as a country", "England", true},
		{"UK is a country", "UK", true},
		{"USA is a country", "USA", true},
		{"U.S. is a country", "U.S.", true},
		{"us in lower case is a word", "us", false},
		{"Berlin is a city", "Berlin", false},
		{"a US state is not a country", "California", false},
		{"a word is not a country", "meetup", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCountry(tt.in); got != tt.want {
				t.Errorf("IsCountry(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestRegion(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string
		wantOK bool
	}{
		{"CA is California, not Canada", "CA", "US", true},
		{"CO is Colorado", "CO", "US", true},
		{"NY is New York", "NY", "US", true},
		{"a state code may have dots", "N.Y.", "US", true},
		{"DC is the District of Columbia", "D.C.", "US", true},
		{"ON is Ontario", "ON", "CA", true},
		{"QC is Quebec", "QC", "CA", true},
		{"a state may be named", "California", "US", true},
		{"a province may be named", "Ontario", "CA", true},
		{"Quebec is a province as well as a city", "Quebec", "CA", true},
		{"a province name may have accents", "Québec", "CA", true},
		{"a lower-case code is a word, not a region", "in", "", false},
		{"a mixed-case code is not a region", "Ca", "", false},
		{"a region outside the US and Canada is not known", "Bavaria", "", false},
		{"a city is not a region", "Toronto", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Region(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Region(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestCommon(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"Reading is a common word", "Reading", true},
		{"Nice is a common word", "Nice", true},
		{"Austin is a given name", "Austin", true},
		{"Florence is a given name", "Florence", true},
		{"Rust is a programming language", "Rust", true},
		{"case does not matter", "the", true},
		{"Berlin is only a city", "Berlin", false},
		{"Toronto is only a city", "Toronto", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Common(tt.in); got != tt.want {
				t.Errorf("Common(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestCommonListIsFolded(t *testing.T) {
	seen := map[string]bool{}
	for line := range strings.Lines(commonTxt) {
		w, _, _ := strings.Cut(strings.TrimSpace(line), "#")
		if w == "" {
			continue
		}
		if f := fold.String(w); f != w {
			t.Errorf("common.txt: %q folds to %q; write it folded", w, f)
		}
		if seen[w] {
			t.Errorf("common.txt: %q is listed twice", w)
		}
		seen[w] = true
	}
}

func TestData(t *testing.T) {
	x, err := load(citiesGz)
	if err != nil {
		t.Fatalf("load(cities.tsv.gz) = %v", err)
	}
	if n := len(x.cities); n != 34006 {
		t.Errorf("load(cities.tsv.gz) has %d cities, want 34006", n)
	}
	ids := map[string]bool{}
	for _, c := range x.cities {
		if ids[c.ID] {
			t.Errorf("city ID %q is not unique", c.ID)
		}
		ids[c.ID] = true
		if c.Name == "" || len(c.Country) != 2 || c.GeonameID == 0 || c.Latitude < -90 || c.Latitude > 90 || c.Longitude < -180 || c.Longitude > 180 || (c.Latitude == 0 && c.Longitude == 0) {
			t.Errorf("city %+v is incomplete", c)
		}
	}
	for _, c := range x.cities {
		// Every city is reachable by its name and country, unless a more
		// populous namesake in the same country (with the same region)
		// takes it.
		got, ok := x.lookup(c.Name, filter{country: c.Country, region: c.Region})
		if !ok || (got.ID != c.ID && got.Population < c.Population) {
			t.Errorf("LookupIn(%q, %q) = %q, %v, want %q or a bigger namesake", c.Name, c.Country, got.ID, ok, c.ID)
		}
	}
}

func TestCoordinates(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		lat, lon float64 // GeoNames' coordinates, to about a kilometre
	}{
		{"a city in the north-western quarter", "Montreal", 45.50884, -73.58781},
		{"a city in the south-eastern quarter", "Sydney", -33.86785, 151.20732},
		{"a city in the south-western quarter", "Sao Paulo", -23.5475, -46.63611},
		{"a city east of Greenwich", "Helsinki", 60.16952, 24.93545},
		{"twin cities lie between their cities", "Kitchener-Waterloo", (43.42537 + 43.4668) / 2, (-80.5112 - 80.51639) / 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Lookup(tt.in)
			if !ok {
				t.Fatalf("Lookup(%q) found no city", tt.in)
			}
			if math.Abs(c.Latitude-tt.lat) > 0.01 || math.Abs(c.Longitude-tt.lon) > 0.01 {
				t.Errorf("Lookup(%q) at %v, %v, want about %v, %v", tt.in, c.Latitude, c.Longitude, tt.lat, tt.lon)
			}
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if c, ok := Lookup("Montréal"); !ok || c.ID != "montreal-ca" {
					t.Errorf("Lookup(%q) = %q, %v, want %q, true", "Montréal", c.ID, ok, "montreal-ca")
				}
				if c, ok := Fuzzy("Monteral"); !ok || c.ID != "montreal-ca" {
					t.Errorf("Fuzzy(%q) = %q, %v, want %q, true", "Monteral", c.ID, ok, "montreal-ca")
				}
				if !IsCountry("Spain") || !Common("the") {
					t.Errorf("IsCountry(%q) or Common(%q) = false, want true", "Spain", "the")
				}
			}
		})
	}
	wg.Wait()
}

func TestLargest(t *testing.T) {
	got := Largest(50)
	if len(got) != 50 {
		t.Fatalf("Largest(50) returned %d cities", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Population > got[i-1].Population {
			t.Errorf("Largest(50)[%d] = %s (%d) is more populous than the one before", i, got[i].Name, got[i].Population)
		}
	}
	if got[0].Population < 10_000_000 {
		t.Errorf("Largest(50)[0] = %+v, want a city of over ten million people", got[0])
	}
}

func TestPartial(t *testing.T) {
	tests := []struct {
		name, city string
		twin       bool
		want       bool
	}{
		{"Weil", "Weil am Rhein", false, true},
		{"Alphen", "Alphen aan den Rijn", false, true},
		{"rijn", "Alphen aan den Rijn", false, true},
		{"Gennep", "Gennep an der Maas", false, true},
		{"Frankfurt", "Frankfurt am Main", false, true},
		{"Weil am Rhein", "Weil am Rhein", false, false},
		{"Cologne", "Koln", false, false},
		{"Wei", "Weil am Rhein", false, false},
		{"Montreal", "Montreal", false, false},
		{"Waterloo", "Kitchener-Waterloo", true, false},
		{"", "Weil am Rhein", false, false},
	}
	for _, tt := range tests {
		c := City{Name: tt.city, GeonameID: 1}
		if tt.twin {
			c.GeonameID = 0
		}
		if got := Partial(tt.name, c); got != tt.want {
			t.Errorf("Partial(%q, %q) = %v, want %v", tt.name, tt.city, got, tt.want)
		}
	}
	if c, ok := Lookup("Alphen"); ok && !Partial("Alphen", c) {
		t.Errorf("Lookup(Alphen) = %s, which Partial does not take for a part of its name", c.Name)
	}
}

func TestOwnName(t *testing.T) {
	tests := []struct {
		name, city string
		want       bool
	}{
		{"Köln", "Koln", true},
		{"KOLN", "Koln", true},
		{"Cologne", "Koln", false},
		{"Frankfurt", "Frankfurt am Main", false},
		{"Sao Paulo", "Sao Paulo", true},
	}
	for _, tt := range tests {
		if got := OwnName(tt.name, City{Name: tt.city}); got != tt.want {
			t.Errorf("OwnName(%q, %q) = %v, want %v", tt.name, tt.city, got, tt.want)
		}
	}
}

func TestWordsOfOtherLanguagesAreCommon(t *testing.T) {
	tests := []struct {
		word   string
		common bool
	}{
		{"Od", true},     // Polish "from"
		{"Sala", true},   // "hall" in several languages
		{"Une", true},    // French "a"
		{"Son", true},    // English "son", French "his, her"
		{"Von", true},    // German "of"
		{"Soul", true},   // an English word GeoNames gives to Seoul
		{"Opera", true},  // an English word GeoNames gives to a district of Paris
		{"Essen", false}, // a German verb, but the city's own name in its own country
		{"Londres", false},
	}
	for _, tt := range tests {
		if got := Common(tt.word); got != tt.common {
			t.Errorf("Common(%q) = %v, want %v", tt.word, got, tt.common)
		}
	}
	for _, w := range []string{"Soul", "Log", "Opera"} {
		if c, ok := Lookup(w); ok {
			t.Errorf("Lookup(%q) = %s, want no city: the word is only another city's alternate name", w, c.ID)
		}
	}
	for _, tc := range []struct{ name, id string }{{"Londres", "london-gb"}, {"Essen", "essen-de"}, {"Seoul", "seoul-kr"}, {"Lyon", "lyon-fr"}} {
		if c, ok := Lookup(tc.name); !ok || c.ID != tc.id {
			t.Errorf("Lookup(%q) = %v %v, want %s", tc.name, c.ID, ok, tc.id)
		}
	}
}
