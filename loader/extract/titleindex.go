package extract

import "slices"

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
type titleIndex struct {
	n      int           // talks of the list indexed so far: the list only grows while posts are read
	last   *talk         // the list's talk at n-1, to notice a list rebuilt under the index
	pos    map[*talk]int // position of each indexed talk in the list
	byWord map[string][]int
	byPair map[[2]string][]int
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
		idx = &titleIndex{pos: map[*talk]int{}, byWord: map[string][]int{}, byPair: map[[2]string][]int{}}
		x.titleIdx[p] = idx
	}
	for ; idx.n < len(list); idx.n++ {
		t := list[idx.n]
		idx.pos[t] = idx.n
		t.indexes = append(t.indexes, idx)
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
		idx.byWord[w] = append(idx.byWord[w], i)
	}
	if len(t.words) >= 2 {
		k := [2]string{t.words[0], t.words[1]}
		idx.byPair[k] = append(idx.byPair[k], i)
	}
}

// retitled files a talk again after its title changed.
func (t *talk) retitled() {
	for _, idx := range t.indexes {
		if i, ok := idx.pos[t]; ok {
			idx.addTitle(t, i)
		}
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
		rare := slices.Clone(words)
		slices.SortStableFunc(rare, func(v, w string) int { return len(idx.byWord[v]) - len(idx.byWord[w]) })
		for _, w := range rare[:len(rare)/5+1] {
			for _, i := range idx.byWord[w] {
				try(i)
			}
		}
		for a := range words {
			for b := a + 1; b < len(words); b++ {
				for _, i := range idx.byPair[[2]string{words[a], words[b]}] {
					try(i)
				}
			}
		}
	}
	if best < 0 {
		return nil
	}
	return list[best]
}
