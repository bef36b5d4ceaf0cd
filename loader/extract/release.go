package extract

import (
	"slices"

	"github.com/talkgraph/talkgraph/loader/document"
)

// Releasing read blocks
//
// Every block's sentences are made before the rules run, since the people of the whole post
// are collected first (see collectPeople), and were held until the result was built. A
// sentence and its tokens take some 400 bytes for a line of 60 (an agenda table's row), and
// an agenda table makes a talk of every row: a post's sentences and its talks were held at
// once, the largest part of what a large post took to read. A block of agenda lines the
// structural rules have read is released instead (its sentences and tokens dropped, their
// memos kept), and made again from the document, as it was, should a rule ask for it later.

// releasing is whether read blocks are released; the tests turn it off to compare.
var releasing = true

// block returns the sentences of block bi, making them again when the block was released:
// the same sentences, with the memos of what the rules derived from them that could not be
// derived again alike (see release).
func (x *extraction) block(bi int) []*sentence {
	if sents := x.blockSents[bi]; sents != nil || len(x.releasedAt) == 0 {
		return sents
	}
	i, found := slices.BinarySearch(x.releasedAt, int32(bi))
	if !found {
		return nil
	}
	sents := sentencesOf(x.doc.Blocks[bi], bi)
	for k, s := range sents {
		s.memo = x.releasedMemo[i+k]
	}
	x.blockSents[bi] = sents
	return sents
}

// release drops the sentences of block bi, a block of agenda lines that has been read. Blocks
// are released in order, each once. A sentence's memo goes too, unless what it holds could
// be derived otherwise later: its names depend on the sentence and the organizations the post
// links to (known before any name is read), but for a title's name ("Dr. Ferreira"), read as
// the full name written before it; its cities depend on the sentence and the post's people
// and owner, known once settled; its quotes and words, on the sentence alone. A block stays when a sentence of it
// has no memo of its names (the names of a sentence are derived once, from what the post
// states before it), writes a role after a name (which listingRoles reads), a street address
// (which addressPlace reads) or a word that may come before an event's name (which
// namedEventPlace reads): the rules that read every block after the agenda lines are read
// leave released blocks out.
func (x *extraction) release(bi int) {
	sents := x.blockSents[bi]
	if len(sents) == 0 || !releasing {
		return
	}
	if n := len(x.releasedAt); n > 0 && int(x.releasedAt[n-1]) >= bi {
		return
	}
	for _, s := range sents {
		if !s.namesKnown() || roleAfterName(s) || addressIn(s) || eventMentionIn(s) {
			return
		}
	}
	for _, s := range sents {
		var m *sentenceMemo
		if s.memo != nil && (s.memo.citiesDone && !s.memo.citiesSettled || titledName(s)) {
			m = s.memo
		}
		x.releasedAt = append(x.releasedAt, int32(bi))
		x.releasedMemo = append(x.releasedMemo, m)
	}
	x.blockSents[bi] = nil
}

// roleAfterName reports whether a name of sentence s, whose names are known, is followed by
// a comma or a dash (after a parenthesis, if any): where listingRoles looks for a role.
func roleAfterName(s *sentence) bool {
	toks := s.tokens
	if s.memo == nil {
		return false // (no names)
	}
	for _, r := range s.memo.names {
		if r.pron != notPronoun {
			continue
		}
		k := r.end
		if k < len(toks) && toks[k].text() == "(" {
			for k < len(toks) && toks[k].text() != ")" {
				k++
			}
			k++
		}
		if k < len(toks) && (toks[k].text() == "," || isDash(toks[k].text())) {
			return true
		}
	}
	return false
}

// addressIn reports whether sentence s, outside a quote, writes a street address: where
// addressPlace looks for the post's venue.
func addressIn(s *sentence) bool {
	_, _, ok := streetAddress(s.tokens)
	return ok && !s.quoted
}

// eventMentionIn reports whether sentence s, outside a heading, has a word (not in a link) that
// namedEventPlace reads an event's name after: "at", "of", "to", "attended", "visit".
func eventMentionIn(s *sentence) bool {
	if s.kind == document.Heading {
		return false
	}
	for k := 0; k+1 < len(s.tokens); k++ {
		if t := s.tokens[k]; t.link < 0 && t.is("at", "of", "to", "attend", "attended", "attending", "visit", "visited") {
			return true
		}
	}
	return false
}

// titledName reports whether sentence s has a title before a name ("Dr. Ferreira"), which
// findNames reads as the full name the post wrote before (see fullNameEndingIn).
func titledName(s *sentence) bool {
	for i := 2; i < len(s.tokens); i++ {
		if s.tokens[i-1].text() == "." && s.tokens[i-2].is("dr", "mr", "mrs", "ms", "prof") {
			return true
		}
	}
	return false
}
