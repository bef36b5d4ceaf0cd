// Package givennames tells given (first) names from other capitalised words,
// so that the extractor can see that "Mara Ellison" names a person while
// "Scaling Ingest Pipelines", also in title case, is a title.
//
// The data is a dictionary of about 44,000 given names from some 50
// countries (Jörg Michael's nam_dict.txt, as shipped by the gender-guesser
// Python package 0.4.0), plus a short list of names common among speakers
// that the 2008 dictionary lacks. It is embedded as names.txt.gz and loaded
// on first use, so callers pay nothing until they ask.
//
// Matching ignores case, accents, apostrophes, hyphens and spaces (see
// internal/fold): "Zoë", "ZOE" and "zoe" are one name, and so are
// "Jean-Pierre" and "Jean Pierre". Is answers whether a string is a given
// name, not whether the writer meant one: "Will", "May", "Grant" and "Hope"
// are names and words alike, and Strong leaves those out. Family names are
// not in the data: "Nguyen" and "Ellison" are not given names.
//
// # Licence
//
// nam_dict.txt is © 2007-2008 Jörg Michael and licensed under the GNU Free
// Documentation License 1.2 or later (GFDL-1.2.txt); names.txt.gz is a
// modified version of it under the same licence, and carries the notice and
// the licence text in its header. See README.md and internal/gen.
package givennames

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/loader/extract/givennames/internal/fold"
)

// The data file is generated from the gender-guesser wheel; see internal/gen
// for what it keeps and README.md for the format. Without
// $GENDER_GUESSER_WHEEL the generator fetches the wheel with pip.
//go:generate go run ./internal/gen -o names.txt.gz

//go:embed names.txt.gz
var namesGz []byte

// index is the loaded name list. It is read-only once built, so any number
// of goroutines may use it.
type index struct {
	// names holds every folded name, sorted, one after another.
	names string
	// ends[i] is the end of name i in names; it starts at ends[i-1] (or 0).
	ends []uint32
	// weak has bit i set when name i is also a common English word or a
	// technology name.
	weak []uint64
}

// get returns the index, loading it on first use. The data is embedded and
// checked by the tests, so a failure is a broken build and panics.
var get = sync.OnceValue(func() *index {
	x, err := load(namesGz)
	if err != nil {
		panic(err)
	}
	return x
})

// Is reports whether name is a given name in any of the data's countries
// ("Mara", "Jonas", "Siddharth", "Zoë", "José", "Will"), ignoring case,
// accents, apostrophes, hyphens and spaces. It is false for family names
// ("Nguyen"), for names of one letter, and for strings with digits or other
// punctuation ("J.", "Mara,"): pass one name, without the surname. A name
// can be a word too; Strong tells those apart.
func Is(name string) bool {
	_, ok := get().find(name)
	return ok
}

// Strong reports whether name is a given name (see Is) that is not also a
// common English word or a technology name, so that a capitalised word in a
// title is unlikely to be it: "Mara" and "Jonas" are strong, "Will", "May",
// "Grant", "Hope", "Bill", "Ruby" and "Cassandra" are names but not strong.
func Strong(name string) bool {
	x := get()
	i, ok := x.find(name)
	return ok && x.weak[i/64]&(1<<(i%64)) == 0
}

// find returns the position of name's folded form in the index.
func (x *index) find(name string) (int, bool) {
	var buf [64]byte
	b, ok := fold.Append(buf[:0], name)
	if !ok || len(b) == 0 {
		return 0, false
	}
	key := string(b)
	// Binary search for the first name not less than key.
	lo, hi := 0, len(x.ends)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.name(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(x.ends) && x.name(lo) == key
}

// name returns name i.
func (x *index) name(i int) string {
	return nameAt(x.names, x.ends, i)
}

// nameAt returns name i of names, whose names end at ends.
func nameAt(names string, ends []uint32, i int) string {
	start := uint32(0)
	if i > 0 {
		start = ends[i-1]
	}
	return names[start:ends[i]]
}

// load builds the index from the gzipped data file: "#" comment lines, then
// one folded name per line, sorted, optionally followed by a tab and "w".
func load(gz []byte) (*index, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("givennames: load: %w", err)
	}
	var (
		b    strings.Builder
		ends = make([]uint32, 0, 45000)
		weak = make([]uint64, 0, 45000/64+1)
	)
	b.Grow(400 << 10)
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		name, flag, hasFlag := bytes.Cut(line, []byte("\t"))
		i := len(ends)
		switch {
		case hasFlag && string(flag) != "w":
			return nil, fmt.Errorf("givennames: load: line %d: unknown mark %q", n, flag)
		case len(name) == 0:
			return nil, fmt.Errorf("givennames: load: line %d: no name", n)
		case i > 0 && string(name) <= nameAt(b.String(), ends, i-1):
			return nil, fmt.Errorf("givennames: load: line %d: %q is not after %q", n, name, nameAt(b.String(), ends, i-1))
		}
		if i%64 == 0 {
			weak = append(weak, 0)
		}
		if hasFlag {
			weak[i/64] |= 1 << (i % 64)
		}
		b.Write(name)
		ends = append(ends, uint32(b.Len()))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("givennames: load: %w", err)
	}
	if len(ends) == 0 {
		return nil, fmt.Errorf("givennames: load: no names")
	}
	// Copies sized to fit: the builder and the slices grew with spare room.
	return &index{names: strings.Clone(b.String()), ends: slices.Clone(ends), weak: slices.Clone(weak)}, nil
}
