package extract

import (
	"hash/maphash"
	"slices"
)

// titleIndex finds, among one speaker's talks (x.bySpeaker[p], in order), the titled ones whose
// titles are similar to a title (see similarWords) without comparing the title with each: a
// prolific speaker's archive would otherwise cost the square of its length.
//
// Two titles are similar when one's words hold the other's (two words or more), or when at
// least 80% of all their words are common. So a similar title either holds one of the
// title's n/5+1 rarest words (of its n words, it misses at most n/5), or, being
// the shorter, has all its words in the title, its first two (sorted) words among them. The
// index keeps each titled talk under every word and under its first two words; a query reads
// the lists of the title's rarest words and of its pairs of words, and compares only those.
//
// The lists of positions are chained through one slice (links) rather than kept as a slice per
// word or pair: a talk's title has words nobody else's has (its number in a series), and a
// slice of its own for each, with a map entry holding the slice, was a fifth of what
// extraction kept on an agenda of thousands of talks.
//
// The lists are filed under a hash of the word or pair (see wordKey and pairKey), not the
// word or pair itself: an entry takes 16 bytes instead of 24 or 40. Two keys that hash alike
// share a list, which only makes a query compare a few more titles: every talk read from the
// lists is compared with similarWords, and the words a query reads the lists of need not be
// the rarest for it to find every similar title (any n/5+1 of the title's n words do).
type titleIndex struct {
	n      int   // talks of the list indexed so far: the list only grows while posts are read
	last   *talk // the list's talk at n-1, to notice a list rebuilt under the index
	byWord map[uint64]postings
	byPair map[uint64]postings
	links  []posting
}

// titleSeed is the seed of the hashes title indexes file their lists under.
var titleSeed = maphash.MakeSeed()

// wordKey is the key of a word's list in an index's byWord.
func wordKey(w string) uint64 { return maphash.String(titleSeed, w) }

// pairKey is the key of a pair of words' list in an index's byPair.
func pairKey(a, b string) uint64 { return maphash.Comparable(titleSeed, [2]string{a, b}) }

// postings is a list of the positions filed under a word or a pair of words: the last one
// filed, as 1 + its place in the index's links (0: none), and how many there are.
type postings struct{ last, n int32 }

// posting is a position filed under a word or pair, and the place in links of the one filed
// before it under the same key, as in postings.
type posting struct{ i, prev int32 }

// titleSlot is an index a talk is filed in, with the talk's position in the indexed list.
type titleSlot struct {
	idx *titleIndex
	i   int
}

// fileUnder files position i under key k of m, an index's byWord or byPair.
func fileUnder(idx *titleIndex, m map[uint64]postings, k uint64, i int) {
	p := m[k]
	idx.links = append(idx.links, posting{i: int32(i), prev: p.last})
	m[k] = postings{last: int32(len(idx.links)), n: p.n + 1}
}

// each calls f with every position of p, the last filed first.
func (idx *titleIndex) each(p postings, f func(i int)) {
	for k := p.last; k > 0; k = idx.links[k-1].prev {
		f(int(idx.links[k-1].i))
	}
}

// maxPairWords is the longest title whose pairs of words a query reads; longer titles are
// compared with every titled talk of the speaker.
const maxPairWords = 16

// titleIndexOf returns the index of person p's talks, brought up to date.
func (x *extraction) titleIndexOf(p *person) *titleIndex {
	list := x.bySpeaker[p]
	idx := x.titleIdx[p]
	if idx != nil && (idx.n > len(list) || idx.n > 0 && list[idx.n-1] != idx.last) {
		idx = nil // the list changed other than by growing: index it afresh
	}
	if idx == nil {
		idx = &titleIndex{byWord: map[uint64]postings{}, byPair: map[uint64]postings{}}
		x.titleIdx[p] = idx
	}
	for ; idx.n < len(list); idx.n++ {
		t := list[idx.n]
		// a talk listed twice is filed again under its title at its last position only
		for k := range t.indexes {
			if t.indexes[k].idx == idx {
				t.indexes[k].i = idx.n
			}
		}
		t.indexes = append(t.indexes, titleSlot{idx: idx, i: idx.n})
		idx.addTitle(t, idx.n)
	}
	if idx.n > 0 {
		idx.last = list[idx.n-1]
	}
	return idx
}

// addTitle files talk t, at position i of the list, under its title's words.
func (idx *titleIndex) addTitle(t *talk, i int) {
	if t.title == "" {
		return
	}
	for _, w := range t.words {
		fileUnder(idx, idx.byWord, wordKey(w), i)
	}
	if len(t.words) >= 2 {
		fileUnder(idx, idx.byPair, pairKey(t.words[0], t.words[1]), i)
	}
}

// retitled files a talk again after its title changed.
func (t *talk) retitled() {
	for _, s := range t.indexes {
		s.idx.addTitle(t, s.i)
	}
}

// firstSimilar returns the first talk of list (the indexed speaker's talks) that has a title
// similar to the sorted words, or nil.
func (idx *titleIndex) firstSimilar(list []*talk, words []string) *talk {
	if len(words) == 0 {
		return nil
	}
	best := -1
	try := func(i int) {
		if (best < 0 || i < best) && i < idx.n {
			if t := list[i]; t.title != "" && similarWords(t.words, words) {
				best = i
			}
		}
	}
	if len(words) > maxPairWords {
		for i := range idx.n {
			try(i)
			if best >= 0 {
				break
			}
		}
	} else {
		rare := make([]postings, len(words))
		for k, w := range words {
			rare[k] = idx.byWord[wordKey(w)]
		}
		slices.SortStableFunc(rare, func(v, w postings) int { return int(v.n) - int(w.n) })
		// the order the candidates are tried in does not matter: the first in the list wins
		for _, p := range rare[:len(rare)/5+1] {
			idx.each(p, try)
		}
		for a := range words {
			for b := a + 1; b < len(words); b++ {
				idx.each(idx.byPair[pairKey(words[a], words[b])], try)
			}
		}
	}
	if best < 0 {
		return nil
	}
	return list[best]
}
