package store

import (
	"math"
	"slices"
)

// talkIndex finds, for a talk row, the candidates of a batch's pool that sameTalk may take it
// for, so that a post with thousands of talks is not resolved by comparing each talk with every
// other. sameTalk takes two talks for one only when (see its cases):
//
//   - both are titled and their title keys are equal;
//   - their texts overlap by similarTitle or more (Jaccard), whatever else they share;
//   - they share a slides or recording link (with some words in common);
//   - they share a speaker and an event or a city, one is untitled, and their texts are related.
//
// Each case is a key a candidate is filed under and a row looks up: the title key; the link;
// a speaker with an event or city of the talk, under which every candidate is filed for
// untitled rows, and untitled candidates apart for titled ones; and, for the overlap, a
// prefix of the words in a fixed order, rare words first (prefix filtering: two sets that
// share at least o words share one among the first n-o+1 of each, n its size), with the
// number of words (see prefix). Overlaps of titles and of whole texts (title and
// description, compared when a side is untitled) have their own keys. A candidate is filed
// again under the keys a merged row adds to it. Rows get their candidates in pool order, so
// that ties are broken as when every candidate was compared.
type talkIndex struct {
	pool []*talkCandidate
	// files are, per post that created them in the batch ("" for the graph's), the
	// candidates under each key: key -> pool positions, ascending. A post never takes a talk
	// it created (two talks of one post are two talks), so its rows skip its own files.
	files map[string]*shelf
	home  []*shelf          // per pool position: the files of the post that created it
	rank  map[uint64]uint32 // word (by keyHash) -> place in the order of words
	next  uint32            // the place of the next word no text counted
	mark  []uint32          // per pool position: the lookup that last found it
	gen   uint32
	found []int32
}

// shelf is the candidates filed under each key, as pool positions in the order they were
// filed. Most keys of a large post (a title, a speaker at an event) have one candidate: those
// are kept in one, without a list of their own, as a list per key took about 40 bytes more.
type shelf struct {
	one  map[uint64]int32   // keys with one candidate
	more map[uint64][]int32 // keys with several
}

func newShelf() *shelf { return &shelf{one: map[uint64]int32{}, more: map[uint64][]int32{}} }

// file files the candidate at pool position n under key k.
func (s *shelf) file(k uint64, n int32) {
	if l, ok := s.more[k]; ok {
		s.more[k] = append(l, n)
		return
	}
	if first, ok := s.one[k]; ok {
		delete(s.one, k)
		s.more[k] = []int32{first, n}
		return
	}
	s.one[k] = n
}

// each calls f with the pool position of each candidate filed under key k.
func (s *shelf) each(k uint64, f func(n int32)) {
	if l, ok := s.more[k]; ok {
		for _, n := range l {
			f(n)
		}
	} else if n, ok := s.one[k]; ok {
		f(n)
	}
}

// The kinds of keys, in the top byte of a key.
const (
	keyTitle          = iota + 1 // title key
	keyTitleWord                 // a word of the title's prefix, with its number of words
	keyTitleWordClass            // the same with the class of the number (follows keyTitleWord)
	keyTextWord                  // a word of the whole text's prefix, with its number of words
	keyTextWordClass             // the same with the class of the number (follows keyTextWord)
	keyLink                      // a link key
	keySpeaker                   // a speaker and a place, every candidate
	keyUntitledSpeak             // a speaker and a place of an untitled candidate
)

// overlapFloor is below similarTitle, so that rounding never leaves a pair out: a prefix a
// little longer than needed finds a few more candidates, never fewer.
const overlapFloor = 79 // per cent

// newTalkIndex files pool's candidates. rows are the facts of the rows to resolve: the order of
// words counts how many texts of the rows and the pool each word is in.
func newTalkIndex(rows []talkFacts, pool []*talkCandidate) *talkIndex {
	// the pool grows by at most a candidate a row, at most once: its lists are made at that
	// length, as lists grown by append allocate about twice what they end up holding
	n := len(pool) + len(rows)
	ix := &talkIndex{files: map[string]*shelf{}, pool: make([]*talkCandidate, 0, n), home: make([]*shelf, 0, n), mark: make([]uint32, 0, n)}
	count := map[string]int{}
	tally := func(f talkFacts) {
		for w := range words(f.Title) {
			count[w]++
		}
		for w := range words(f.Title + " " + f.Description) {
			count[w]++
		}
	}
	for _, f := range rows {
		tally(f)
	}
	for _, c := range pool {
		tally(*c.facts)
	}
	order := make([]string, 0, len(count))
	for w := range count {
		order = append(order, w)
	}
	slices.SortFunc(order, func(a, b string) int {
		if count[a] != count[b] {
			return count[a] - count[b]
		}
		if a < b {
			return -1
		}
		return 1
	})
	// Words are filed by hash, as a word's string kept in the map took some 40 bytes of each
	// talk of a large post whose titles are numbered. Two words that share a hash share a
	// place: a prefix then may find a few more candidates, never fewer (two texts that share
	// enough words share the place of the first of them in both prefixes).
	ix.rank = make(map[uint64]uint32, len(order))
	for i, w := range order {
		ix.rank[keyHash(w)] = uint32(i)
	}
	ix.next = uint32(len(order))
	for _, c := range pool {
		ix.add(c, "")
	}
	return ix
}

// add files a new candidate at the end of the pool: one of the graph's (post "") or one a row
// of post created.
func (ix *talkIndex) add(c *talkCandidate, post string) {
	n := int32(len(ix.pool))
	ix.pool = append(ix.pool, c)
	ix.mark = append(ix.mark, 0)
	files := ix.files[post]
	if files == nil {
		files = newShelf()
		ix.files[post] = files
	}
	ix.home = append(ix.home, files)
	for _, k := range ix.keys(*c.facts, false) {
		files.file(k, n)
	}
}

// absorb merges f into the candidate at pool position n (see talkCandidate.absorb) and files
// it under the keys it gained.
func (ix *talkIndex) absorb(n int32, f talkFacts) {
	c := ix.pool[n]
	before := ix.keys(*c.facts, false)
	c.absorb(f)
	files := ix.home[n]
	for _, k := range ix.keys(*c.facts, false) {
		if _, ok := slices.BinarySearch(before, k); !ok {
			files.file(k, n)
		}
	}
}

// candidates lists the pool positions of the candidates sameTalk may take f, a row of post,
// for, in pool order, leaving out those post created. The list is the index's own, valid
// until the next call: a post may have thousands of rows.
func (ix *talkIndex) candidates(f talkFacts, post string) []int32 {
	ix.gen++
	ix.found = ix.found[:0]
	keys := ix.keys(f, true)
	for home, files := range ix.files {
		if home == post && home != "" {
			continue
		}
		for _, k := range keys {
			files.each(k, ix.see)
		}
	}
	slices.Sort(ix.found)
	return ix.found
}

// see notes that the lookup under way found the candidate at pool position n.
func (ix *talkIndex) see(n int32) {
	if ix.mark[n] != ix.gen {
		ix.mark[n] = ix.gen
		ix.found = append(ix.found, n)
	}
}

// keys are the keys, sorted, a candidate with facts f is filed under, or with probe the keys a row
// with facts f looks up (see talkIndex).
func (ix *talkIndex) keys(f talkFacts, probe bool) []uint64 {
	var out []uint64
	put := func(k uint64) { out = append(out, k) }
	if f.Title != "" {
		put(keyTitle<<56 | keyHash(TitleKey(f.Title)))
		ix.prefix(words(f.Title), keyTitleWord, probe, put)
	}
	ix.prefix(words(f.Title+" "+f.Description), keyTextWord, probe, put)
	for _, l := range f.Links {
		put(keyLink<<56 | keyHash(l))
	}
	type place struct{ kind, key string }
	places := make([]place, 0, len(f.Events)+len(f.Cities))
	for _, e := range f.Events {
		places = append(places, place{"e", e})
	}
	for _, c := range f.Cities {
		places = append(places, place{"c", c})
	}
	for _, s := range f.Speakers {
		for _, p := range places {
			id := keyHash(s, p.kind, p.key)
			switch {
			case !probe:
				put(keySpeaker<<56 | id)
				if f.Title == "" {
					put(keyUntitledSpeak<<56 | id)
				}
			case f.Title == "": // an untitled row may be any talk of its speakers there
				put(keySpeaker<<56 | id)
			default: // a titled one an untitled talk of its speakers there
				put(keyUntitledSpeak<<56 | id)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Texts of up to shortText words are filed under their exact number of words, longer ones
// under a class of numbers (see sizeClass): a short text looks up each number of words a text
// may have to overlap it by similarTitle, with the shortest prefix that number allows; a long
// one looks up the two or three classes those numbers fall in with its whole prefix.
const (
	shortText    = 64
	sizeClassMin = shortText * 4 / 5 // texts of shortText words overlap texts of this many or more
	sizeClassMax = shortText * 5 / 4 // ... and of this many or fewer
)

// prefix puts the keys of a text of words ws, of kind kind: when filing (probe false), the
// first n-⌈similarTitle·n⌉+1 of its n words in the order of words, with its number of words
// or its class; when looking up, for every number of words m (or class) a text may have to
// overlap it by similarTitle, its first n-o+1 words with m or the class, o the fewest words two
// such texts share when they overlap that much.
func (ix *talkIndex) prefix(ws map[string]bool, kind uint64, probe bool, put func(uint64)) {
	n := len(ws)
	if n == 0 {
		return
	}
	ranks := make([]uint32, 0, n)
	for w := range ws {
		h := keyHash(w)
		r, ok := ix.rank[h]
		if !ok { // a word no text counted: placed after the others, once and for all
			r = ix.next
			ix.next++
			ix.rank[h] = r
		}
		ranks = append(ranks, r)
	}
	slices.Sort(ranks)
	own := ranks[:n-leastShared(n, n, true)+1]
	if !probe {
		if n <= sizeClassMax {
			ix.put(put, kind, false, n, own)
		}
		if n >= sizeClassMin {
			ix.put(put, kind, true, sizeClass(n), own)
		}
		return
	}
	lo, hi := max(1, n*4/5-1), n*5/4+1
	if n > shortText {
		for c := sizeClass(lo); c <= sizeClass(hi); c++ {
			ix.put(put, kind, true, c, own)
		}
		return
	}
	for m := lo; m <= hi; m++ {
		if o := leastShared(n, m, false); o > 0 {
			ix.put(put, kind, false, m, ranks[:n-o+1])
		}
	}
}

// put puts the keys of kind for a number of words (or a class) m and the words of ranks rs.
func (ix *talkIndex) put(put func(uint64), kind uint64, class bool, m int, rs []uint32) {
	if class {
		kind++ // the class kinds follow the exact ones
	}
	for _, r := range rs {
		put(kind<<56 | uint64(min(m, 1<<24-1))<<32 | uint64(r))
	}
}

// leastShared is the fewest words two texts of a and b words share when their Jaccard overlap
// (computed as jaccard does) is similarTitle or more, 0 when it never is. With subset, b is
// any number of words from a up: the fewest of any such pair.
func leastShared(a, b int, subset bool) int {
	for s := 1; s <= min(a, b); s++ {
		if subset {
			if float64(s)/float64(a) >= similarTitle {
				return s
			}
		} else if float64(s)/float64(a+b-s) >= similarTitle {
			return s
		}
	}
	return 0
}

// sizeClass is the class of a number of words among long texts: numbers within a factor 1.25
// fall in at most two neighbouring classes.
func sizeClass(n int) int {
	return int(math.Log(float64(n)) / math.Log(1.25))
}

// keyHash is a 56-bit hash (FNV-1a) of a title key, link or speaker and place, its parts
// separated, for the low bits of a key whose kind is in the top byte. Two texts may share a
// hash: a key then finds the candidates of both, which sameTalk tells apart, so a collision
// costs a comparison, never a decision; numbering the texts instead kept each in a map, some
// 100 bytes per talk of a large post.
func keyHash(parts ...string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i, p := range parts {
		if i > 0 { // a byte no UTF-8 text has between parts
			h ^= 0xff
			h *= prime
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= prime
		}
	}
	return h & (1<<56 - 1)
}
