package store

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Talks are merged across posts on evidence. The rules here are pure (no Neo4j): resolveTalks
// finds the candidates with one query per batch and asks sameTalk about each pair.

// talkFacts is what is known about a talk when deciding whether two descriptions of talks
// are one talk: a row of a post being saved, or a talk already in the graph.
type talkFacts struct {
	Title       string   // "" when untitled
	Description string   // "" when none
	Speakers    []string // person keys
	Links       []string // link keys (see linkKey)
	Events      []string // event keys
	Cities      []string // city keys
}

// mergeVerdict says whether two talks are one, how strongly (to rank candidates), and why.
type mergeVerdict struct {
	Same    bool
	Score   float64
	Reasons []string
}

// Thresholds of the text similarity, on words without articles and punctuation (see words):
// titles are compared by Jaccard overlap, as the extraction scorer does; descriptions, which
// are paraphrases of different length, by the share of the shorter one's words the other has.
const (
	similarTitle = 0.8 // a title written slightly differently
	relatedText  = 0.5 // a description that speaks of the same thing
	someText     = 0.3 // enough in common that a shared link is not a coincidence
)

// stopWords are dropped before comparing titles and descriptions: the words the extraction
// scorer ignores, and the words posts use to say that a talk was given rather than what it was
// about ("a talk about", "presented").
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "with": true, "for": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "from": true, "how": true, "your": true, "you": true,
	"we": true, "talk": true, "talks": true, "about": true, "presentation": true, "session": true, "gave": true,
	"presented": true, "his": true, "her": true, "their": true, "our": true, "its": true, "this": true,
	"that": true, "is": true, "are": true, "was": true, "were": true, "as": true, "into": true,
}

// words is the set of words of s that carry meaning: accents folded, lower case, punctuation
// and stop words dropped.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Split(Slug(s), "-") {
		if w != "" && !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

// jaccard is |a∩b| / |a∪b|, 0 when either is empty.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := common(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// containment is |a∩b| / min(|a|,|b|), 0 when either is empty.
func containment(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(min(len(a), len(b)))
}

func common(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// shared returns the values a and b have in common, sorted.
func shared(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range a {
		in[x] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, x := range b {
		if in[x] && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// textSimilarity compares what two talks are called or said to be about: close is the Jaccard
// overlap (two titles, or a title and a description, that say the same), related the share of
// the shorter text's words the other has (a paraphrase speaking of the same thing). Two titles
// are compared with each other; otherwise the title and description of each side.
func textSimilarity(a, b talkFacts) (close, related float64, kind string) {
	if a.Title != "" && b.Title != "" {
		if TitleKey(a.Title) == TitleKey(b.Title) {
			return 1, 1, "same title"
		}
		wa, wb := words(a.Title), words(b.Title)
		return jaccard(wa, wb), containment(wa, wb), "similar title"
	}
	wa, wb := words(a.Title+" "+a.Description), words(b.Title+" "+b.Description)
	return jaccard(wa, wb), containment(wa, wb), "similar description"
}

// sameTalk decides whether a and b describe one talk. It is symmetric. Talks whose posts name
// speakers and share none are never one talk, whatever their titles say. Otherwise it takes:
//   - the same title, with the same speakers or speakers named on one side only;
//   - the same speakers and a similar title or description, or the same slides or recording
//     link and some words in common, or (when one is untitled) a related description of a
//     talk given in the same event or city;
//   - no speakers on one side: a similar text with a shared link, event or city, or a related
//     text with a shared link.
func sameTalk(a, b talkFacts) mergeVerdict {
	sp := shared(a.Speakers, b.Speakers)
	if len(a.Speakers) > 0 && len(b.Speakers) > 0 && len(sp) == 0 {
		return mergeVerdict{Reasons: []string{"different speakers"}}
	}
	close, related, kind := textSimilarity(a, b)
	links := shared(a.Links, b.Links)
	events := shared(a.Events, b.Events)
	cities := shared(a.Cities, b.Cities)
	place := len(events) > 0 || len(cities) > 0
	bothTitled := a.Title != "" && b.Title != ""

	var same bool
	switch {
	case kind == "same title":
		same = true
	case len(sp) > 0:
		same = close >= similarTitle ||
			len(links) > 0 && related >= someText ||
			!bothTitled && related >= relatedText && place
	default:
		same = close >= similarTitle && (len(links) > 0 || place) ||
			len(links) > 0 && related >= relatedText
	}
	v := mergeVerdict{Same: same}
	if kind == "same title" {
		v.Reasons = append(v.Reasons, kind)
	} else if related > 0 {
		v.Reasons = append(v.Reasons, fmt.Sprintf("%s (%.2f overlap, %.2f of the shorter)", kind, close, related))
	}
	if len(sp) > 0 {
		v.Reasons = append(v.Reasons, "same speakers: "+strings.Join(sp, ", "))
	} else {
		v.Reasons = append(v.Reasons, "speakers named in one post only")
	}
	if len(links) > 0 {
		v.Reasons = append(v.Reasons, "same link: "+strings.Join(links, ", "))
	}
	if len(events) > 0 {
		v.Reasons = append(v.Reasons, "same events: "+strings.Join(events, ", "))
	}
	if len(cities) > 0 {
		v.Reasons = append(v.Reasons, "same cities: "+strings.Join(cities, ", "))
	}
	v.Score = close + related + float64(len(sp)) + 0.5*float64(len(links)) + 0.1*float64(len(events)+len(cities))
	return v
}

// trackingParams are query parameters that say how a link was shared, not what it points to.
var trackingParams = map[string]bool{
	"feature": true, "si": true, "ref": true, "ref_src": true, "fbclid": true, "gclid": true,
	"igshid": true, "mc_cid": true, "mc_eid": true,
}

// linkKey folds the ways one link is written: scheme, "www.", a trailing slash, a fragment,
// tracking parameters (utm_*, feature, si, ...), and YouTube's short and long forms. It
// returns "" for what is not an absolute http(s) link.
func linkKey(link string) string {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m."} {
		host = strings.TrimPrefix(host, p)
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	q := u.Query()
	switch host {
	case "youtu.be":
		if id := strings.Trim(path, "/"); id != "" {
			return "youtube.com/watch?v=" + id
		}
	case "youtube.com":
		if v := q.Get("v"); path == "/watch" && v != "" {
			return "youtube.com/watch?v=" + v
		}
	}
	var keep []string
	for k, vs := range q {
		if trackingParams[k] || strings.HasPrefix(k, "utm_") {
			continue
		}
		for _, v := range vs {
			keep = append(keep, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	sort.Strings(keep)
	key := host + path
	if len(keep) > 0 {
		key += "?" + strings.Join(keep, "&")
	}
	return key
}

// untitledID proposes the key of a talk no post names: its first speaker (or "talk") and the
// first words of its description that carry meaning. It does not depend on the post, so that
// two posts describing one talk alike propose one key; resolveTalks decides whether they are
// one talk and gives a different key when they are not.
func untitledID(display string, speakers []string) string {
	owner := "talk"
	if len(speakers) > 0 {
		owner = Slug(speakers[0])
	}
	var ws []string
	for _, w := range strings.Split(Slug(display), "-") {
		if w != "" && !stopWords[w] {
			ws = append(ws, w)
		}
		if len(ws) == 8 {
			break
		}
	}
	if len(ws) == 0 {
		ws = []string{"untitled"}
	}
	return owner + "--" + strings.Join(ws, "-")
}
