package gazetteer

import (
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer/internal/fold"
)

// fuzzyMinPopulation limits typo correction to cities big enough to host
// meetups, which keeps the candidates few and the guesses safe.
const fuzzyMinPopulation = 100000

// fuzzyIndex holds the names of the cities Fuzzy may guess, by length in
// runes.
type fuzzyIndex struct {
	byLen [][]fuzzyName
}

type fuzzyName struct {
	name []rune
	set  uint64 // letterSet(name)
	city int32
}

// letterSet returns the set of letters in a name as a bitmask, ASCII letters
// and digits each having a bit and all other runes sharing one. One edit
// changes at most two bits, so names whose sets differ in more than 2*d bits
// are more than d edits apart; Fuzzy skips them without computing the
// distance.
func letterSet(name []rune) uint64 {
	var set uint64
	for _, r := range name {
		switch {
		case 'a' <= r && r <= 'z':
			set |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			set |= 1 << (26 + r - '0')
		case r == ' ':
			set |= 1 << 36
		default:
			set |= 1 << 37
		}
	}
	return set
}

// Fuzzy finds the city a misspelt name refers to: "Sao Paolo" is Sao Paulo
// and "Monteral" is Montreal. An exact match (as by Lookup) wins. Otherwise
// Fuzzy considers the names and alternate names of cities with a population
// of at least 100000 that are within one edit (an insertion, deletion,
// substitution or swap of adjacent letters) of a name of 5 to 8 letters, or
// two edits of a longer one, and takes the closest. When the closest names
// belong to several cities, the most populous wins only if it has at least
// twice the population of the next; otherwise the name is ambiguous and ok is
// false. Names shorter than 5 letters, common words (see Common), country
// names and US state and Canadian province names are never corrected
// ("Belgium" is not a typo for Belagavi).
func Fuzzy(name string) (City, bool) {
	if c, ok := Lookup(name); ok {
		return c, true
	}
	x := get()
	key := fold.String(name)
	if commonWords[key] || IsCountry(name) {
		return City{}, false
	}
	if _, ok := x.regionNames[key]; ok {
		return City{}, false
	}
	q := []rune(key)
	letters := 0
	for _, r := range q {
		if r != ' ' {
			letters++
		}
	}
	var maxDist int
	switch {
	case letters < 5:
		return City{}, false
	case letters <= 8:
		maxDist = 1
	default:
		maxDist = 2
	}

	fz := x.fuzzyNames()
	best := maxDist + 1
	var found []int32
	scratch := make([]int, 3*(len(q)+1))
	qset := letterSet(q)
	for n := max(len(q)-maxDist, 1); n <= len(q)+maxDist && n < len(fz.byLen); n++ {
		for _, cand := range fz.byLen[n] {
			if bits.OnesCount64(qset^cand.set) > 2*maxDist {
				continue
			}
			d := distance(q, cand.name, min(best, maxDist)+1, scratch)
			switch {
			case d > maxDist:
			case d < best:
				best, found = d, append(found[:0], cand.city)
			case d == best && !slices.Contains(found, cand.city):
				found = append(found, cand.city)
			}
		}
	}
	if len(found) == 0 {
		return City{}, false
	}
	slices.SortFunc(found, func(a, b int32) int {
		return x.cities[b].Population - x.cities[a].Population
	})
	if len(found) > 1 && x.cities[found[0]].Population < 2*x.cities[found[1]].Population {
		return City{}, false
	}
	return x.cities[found[0]], true
}

// fuzzyNames builds the fuzzy index on first use: Lookup alone never pays
// for it.
func (x *index) fuzzyNames() *fuzzyIndex {
	x.fuzzyOnce.Do(func() {
		fz := &fuzzyIndex{}
		for k, name := range x.names.names {
			head := x.names.heads[k]
			if commonWords[name] {
				continue
			}
			// The preferred big city for this name, as find would choose.
			for n := head; n >= 0; n = x.nodes[n].next {
				ci := x.nodes[n].city
				if x.cities[ci].Population < fuzzyMinPopulation {
					continue
				}
				l := utf8.RuneCountInString(name)
				for len(fz.byLen) <= l {
					fz.byLen = append(fz.byLen, nil)
				}
				r := []rune(name)
				fz.byLen[l] = append(fz.byLen[l], fuzzyName{name: r, set: letterSet(r), city: ci})
				break
			}
		}
		// Sorted by name, so that results never depend on the order names were filed in.
		for _, names := range fz.byLen {
			slices.SortFunc(names, func(a, b fuzzyName) int { return slices.Compare(a.name, b.name) })
		}
		x.fuzzy = fz
	})
	return x.fuzzy
}

// distance returns the optimal string alignment distance between a and b
// (Levenshtein plus swaps of adjacent runes), or any value ≥ limit once it
// is certain to be at least limit. scratch must hold 3*(len(a)+1) ints.
func distance(a, b []rune, limit int, scratch []int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	n := len(a) + 1
	prev2, prev, cur := scratch[:n], scratch[n:2*n], scratch[2*n:3*n]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		rowMin := j
		for i := 1; i <= len(a); i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[i-2]+1)
			}
			cur[i] = v
			rowMin = min(rowMin, v)
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(a)]
}
