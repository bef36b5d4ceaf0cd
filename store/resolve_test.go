package store

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// resolvePairwise is resolve as it was before talkIndex: every row compared with every
// candidate of the pool. It is the oracle TestResolveMatchesPairwise checks resolve against.
func resolvePairwise(r *rows, pool []*talkCandidate, known map[string]struct{}) []*talkCandidate {
	taken := map[string]bool{}
	for i, row := range r.talks {
		post := row.post
		f := r.talkFacts[i]
		var best *talkCandidate
		var verdict mergeVerdict
		for _, c := range pool {
			if taken[post+"\x00"+c.id] {
				continue
			}
			if v := sameTalk(f, *c.facts); v.Same && (best == nil || v.Score > verdict.Score) {
				best, verdict = c, v
			}
		}
		if best != nil {
			row.id = best.id
			var others []string
			for _, p := range best.posts {
				if p != post {
					others = append(others, p)
				}
			}
			if len(others) > 0 {
				reasons := toAny(verdict.Reasons)
				row.mergedBecause = reasons
				slices.Sort(others)
				for _, p := range others {
					r.merged = append(r.merged, map[string]any{"post": p, "talk": best.id, "mergedBecause": reasons})
				}
			}
			best.absorb(f)
			best.addPost(post)
		} else {
			id := proposal(row)
			suffix := Slug(post)
			if sp := f.Speakers; len(sp) > 0 && row.titled {
				suffix = sp[0]
			}
			for n := 1; has(known, id); n++ {
				id = proposal(row) + "--" + suffix
				if n > 1 {
					id = fmt.Sprintf("%s--%s-%d", proposal(row), suffix, n)
				}
			}
			known[id] = struct{}{}
			row.id = id
			pool = append(pool, &talkCandidate{id: id, facts: new(f.clone()), posts: []string{post}})
		}
		taken[post+"\x00"+row.id] = true
	}
	return pool
}

// resolveCase is a batch of talk rows and the candidates the graph holds, made from a seed.
type resolveCase struct {
	rows  *rows
	pool  []*talkCandidate
	known map[string]struct{}
}

// Words, names and keys the generated talks are made of: few, so that talks often share them.
var (
	genWords    = []string{"Scaling", "ledgers", "the", "Query", "planning", "in", "Go", "go!", "Café", "cafe", "Rust", "talk", "tracing", "without", "tears", "queues", "practice", "a", "1", "2"}
	genSpeakers = []string{"mara-ellison", "jonas-haugen", "selma-varga", "kofi-mensah", "ines-lima"}
	genLinks    = []string{"speakerdeck.com/x/1", "speakerdeck.com/x/2", "youtube.com/watch?v=a", "youtube.com/watch?v=b"}
	genEvents   = []string{"oslo-2024-03-01", "bergen-2024-04-02", "lisbon-2025-01-09"}
	genCities   = []string{"oslo", "bergen", "lisbon"}
	genPosts    = []string{"post-a", "post-b", "post-c"}
)

// genFacts makes the facts of a talk: often untitled, often without speakers.
func genFacts(rng *rand.Rand) talkFacts {
	text := func(max int) string {
		var ws []string
		for range 1 + rng.IntN(max) {
			ws = append(ws, genWords[rng.IntN(len(genWords))])
		}
		return strings.Join(ws, " ")
	}
	some := func(from []string, max int) []string {
		var out []string
		for range rng.IntN(max + 1) {
			if x := from[rng.IntN(len(from))]; !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
		return out
	}
	var f talkFacts
	if rng.IntN(4) > 0 {
		f.Title = text(5)
	}
	if rng.IntN(2) == 0 {
		f.Description = text(8)
	}
	f.Speakers = some(genSpeakers, 2)
	f.Links = some(genLinks, 1)
	f.Events = some(genEvents, 2)
	f.Cities = some(genCities, 1)
	return f
}

// genResolveCase makes a batch of up to 40 rows of a few posts and up to 20 candidates from the
// graph; the same seed makes the same case.
func genResolveCase(seed uint64) resolveCase {
	rng := rand.New(rand.NewPCG(seed, 7))
	rc := resolveCase{rows: &rows{}, known: map[string]struct{}{}}
	for i := range rng.IntN(21) {
		f := genFacts(rng)
		c := &talkCandidate{id: fmt.Sprintf("graph-talk-%d", i), facts: &f}
		for _, p := range genPosts {
			if rng.IntN(3) == 0 {
				c.addPost(p + "-old")
			}
		}
		rc.pool = append(rc.pool, c)
		rc.known[c.id] = struct{}{}
	}
	if rng.IntN(2) == 0 { // some graph keys the rows propose
		rc.known["go"] = struct{}{}
		rc.known["rust"] = struct{}{}
	}
	for range 1 + rng.IntN(40) {
		f := genFacts(rng)
		row := &talkRow{post: genPosts[rng.IntN(len(genPosts))], displayTitle: f.Title, titled: f.Title != "", speakers: slices.Clone(f.Speakers)}
		if f.Title == "" {
			row.displayTitle = displayTitle(f.Description, f.Speakers)
		}
		rc.rows.talks = append(rc.rows.talks, row)
		rc.rows.talkFacts = append(rc.rows.talkFacts, f)
	}
	return rc
}

// TestResolveMatchesPairwise checks on generated batches that resolve, which compares each row
// only with the candidates talkIndex finds, decides as comparing it with every candidate did:
// the same keys, reasons, merged mentions and resulting candidates.
func TestResolveMatchesPairwise(t *testing.T) {
	merges := 0
	for seed := range uint64(3000) {
		want, got := genResolveCase(seed), genResolveCase(seed)
		wantPool := resolvePairwise(want.rows, want.pool, want.known)
		gotPool := got.rows.resolve(got.pool, got.known)
		for i, row := range got.rows.talks {
			w := want.rows.talks[i]
			if row.id != w.id || !reflect.DeepEqual(row.mergedBecause, w.mergedBecause) {
				t.Fatalf("seed %d, row %d (%+v): got %q %v, pairwise %q %v", seed, i, got.rows.talkFacts[i], row.id, row.mergedBecause, w.id, w.mergedBecause)
			}
			if w.mergedBecause != nil {
				merges++
			}
		}
		if !reflect.DeepEqual(got.rows.merged, want.rows.merged) {
			t.Fatalf("seed %d: merged mentions %v, pairwise %v", seed, got.rows.merged, want.rows.merged)
		}
		if len(gotPool) != len(wantPool) {
			t.Fatalf("seed %d: %d candidates after, pairwise %d", seed, len(gotPool), len(wantPool))
		}
		for i, c := range gotPool {
			if !reflect.DeepEqual(*c, *wantPool[i]) {
				t.Fatalf("seed %d: candidate %d is %+v, pairwise %+v", seed, i, *c, *wantPool[i])
			}
		}
	}
	if merges < 1000 {
		t.Errorf("the generated batches merged %d rows with another post's talk: too few to compare decisions", merges)
	}
}

// bigPost is the talk rows of one post of n talks laid out as an agenda of one conference:
// each talk titled with a number, its speaker one of 144 who give many, a third without a
// speaker and a tenth untitled; with the graph's candidates of an earlier post that stated
// every other talk of it.
func bigPost(n int) resolveCase {
	rc := resolveCase{rows: &rows{}, known: map[string]struct{}{}}
	first := []string{"mara", "jonas", "selma", "ines", "kofi", "ana", "omar", "petra", "dario", "lena", "tomas", "priya"}
	last := []string{"ellison", "whitfield", "haugen", "varga", "mensah", "lima", "haddad", "novak", "fennick", "forsberg", "reyes", "raman"}
	for i := range n {
		f := talkFacts{Title: fmt.Sprintf("Scaling ledgers in practice, part %d", i), Events: []string{"oslo-2025-05-06"}, Cities: []string{"oslo"}}
		if i%3 > 0 {
			f.Speakers = []string{first[i%12] + "-" + last[i/12%12]}
		}
		if i%10 == 9 {
			f.Title = ""
			f.Description = fmt.Sprintf("A look at query planning %d and what the planner does with it", i)
		}
		if i%7 == 0 {
			f.Links = []string{fmt.Sprintf("speakerdeck.com/x/%d", i)}
		}
		row := &talkRow{post: "agenda", displayTitle: f.Title, titled: f.Title != "", speakers: f.Speakers}
		if f.Title == "" {
			row.displayTitle = displayTitle(f.Description, f.Speakers)
		}
		rc.rows.talks = append(rc.rows.talks, row)
		rc.rows.talkFacts = append(rc.rows.talkFacts, f)
		if i%2 == 0 {
			c := &talkCandidate{id: fmt.Sprintf("earlier-%d", i), facts: new(f.clone()), posts: []string{"earlier"}}
			rc.pool = append(rc.pool, c)
			rc.known[c.id] = struct{}{}
		}
	}
	return rc
}

// BenchmarkResolveTalks resolves the talks of one post of n and 10n talks (see bigPost),
// against the candidates of an earlier post: the time per operation grows about tenfold. The
// pairwise comparison it replaced is measured at n only (at 10n it takes minutes).
func BenchmarkResolveTalks(b *testing.B) {
	const n = 1000
	for _, size := range []int{n, 10 * n} {
		b.Run(fmt.Sprintf("talks=%d", size), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				rc := bigPost(size)
				b.StartTimer()
				rc.rows.resolve(rc.pool, rc.known)
			}
		})
	}
	b.Run(fmt.Sprintf("pairwise/talks=%d", n), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			rc := bigPost(n)
			b.StartTimer()
			resolvePairwise(rc.rows, rc.pool, rc.known)
		}
	})
}

// TestResolveBigPostMerges checks that the benchmark's post resolves as intended: every talk
// the earlier post stated is merged into it with its reasons, and the others are new.
func TestResolveBigPostMerges(t *testing.T) {
	rc := bigPost(300)
	rc.rows.resolve(rc.pool, rc.known)
	for i, row := range rc.rows.talks {
		if want := fmt.Sprintf("earlier-%d", i); (i%2 == 0) != (row.id == want) || (i%2 == 0) != (row.mergedBecause != nil) {
			t.Errorf("talk %d: key %q, reasons %v", i, row.id, row.mergedBecause)
		}
	}
}
