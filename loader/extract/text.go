package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/document"
)

// sentence is one sentence of a block, with the block's links and emphasis spans that fall
// inside it re-based to the sentence's text, and its tokens.
type sentence struct {
	text    string
	block   int // index of the block in the document
	kind    document.Kind
	index   int32 // index of the sentence in the block
	level   int32
	section int32
	quoted  bool
	none    noneFound // what the rules found none of in the sentence, kept here, not in a memo
	links   []document.Link
	spans   []document.Span
	tokens  []token
	memo    *sentenceMemo
}

// lowerText is the sentence's text in lower case. It is not kept: the rules that ask for it
// (ourOwn, speakerListContext) ask once a sentence, the memo keeping their answers, and a
// copy of every sentence's text in the memo was a byte kept per byte of the post.
func (s *sentence) lowerText() string {
	return toLower(s.text)
}

// toLower is strings.ToLower, but a text that is not all ASCII has its ASCII bytes lowered
// one by one and only its other runes decoded, where strings.ToLower maps every rune through
// a function: a sentence with one typographic quote cost that for each of its bytes.
func toLower(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := i // a run of bytes that stay as they are
		for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(unicode.ToLower(r))
		i += n
	}
	return b.String()
}

// sentenceMemo keeps what the rules derive from a sentence alone (its names and cities), so
// that the many rules asking for them cost one scan of the sentence, not one each. A
// sentence's text and tokens are set when it is made, before any rule reads it, and never
// change after (a rule that reads other text makes a sentence of it): the memo keeps no copy
// of them to check against.
//
// The flags sit together at the end, so that a memo (one for nearly every sentence of a post)
// takes 80 bytes (96 while it kept the text in lower case, 144 while it kept the text and
// tokens it was made from, 160 before its flags sat together).
type sentenceMemo struct {
	names           []nameRef
	cities          []cityRef
	quotes          [][2]int
	namesDone       bool
	citiesDone      bool
	ourOwn          bool // the text has "our own" or "our very own" (see ourOwn)
	ourOwnDone      bool
	speakerList     bool // the text has a word that lists speakers (see speakerListContext)
	speakerListDone bool
	quotesDone      bool
	// citiesSettled: the cities were found once the post's people and owner were known,
	// which is all they depend on beside the sentence (see release)
	citiesSettled bool
}

// quotes returns the byte ranges of the quoted text in the sentence (see quotes); the caller
// must not change them.
func (s *sentence) quotes() [][2]int {
	if s.none&noQuotes != 0 {
		return nil
	}
	if s.memo == nil || !s.memo.quotesDone {
		q := quotes(s.text)
		if q == nil {
			s.none |= noQuotes
			return nil
		}
		m := s.memoized()
		m.quotes, m.quotesDone = q, true
	}
	return s.memo.quotes
}

// noneFound is what the rules found none of in a sentence: its names, cities or quotes. Most
// sentences of a list quote nothing and many name no one, and a memo saying so took 80 bytes
// of each; the sentence keeps it in a byte of its own, and the memo is made for what is found.
type noneFound uint8

const (
	noNames  noneFound = 1 << iota // names found none
	noCities                       // cities found none, once settled (see sentenceMemo.citiesSettled)
	noQuotes                       // quotes found none
)

// namesKnown reports whether the sentence's names have been found (and kept).
func (s *sentence) namesKnown() bool {
	return s.none&noNames != 0 || s.memo != nil && s.memo.namesDone
}

// memoized returns the sentence's memo, made on first use.
func (s *sentence) memoized() *sentenceMemo {
	if s.memo == nil {
		s.memo = &sentenceMemo{}
	}
	return s.memo
}

// token is a word or a punctuation mark of a sentence.
//
// A token points at the text it was cut from instead of holding its own string: a post's
// tokens are the largest part of what extraction keeps (a row of an agenda table, 56 bytes,
// is a dozen of them), and the string took 16 of the 32 bytes each token took; a token now
// takes 24.
type token struct {
	src        *string // the text the token was cut from (nil: the token is empty)
	start, end int32   // byte offsets in the sentence
	link       int32   // index of the link it is in, or -1
	word       bool    // letters or digits (not punctuation)
	cap        bool    // starts with an upper-case letter
	strong     bool    // inside bold text
	em         bool    // inside italic text
}

// text is the token's text. The possessive 's is "'s" whichever apostrophe it is written
// with.
func (t token) text() string {
	if t.src == nil {
		return ""
	}
	s := (*t.src)[t.start:t.end]
	// a mark is one character, and 's' is a word's: a mark ending in 's' is the possessive
	if !t.word && len(s) > 1 && s[len(s)-1] == 's' {
		return "'s"
	}
	return s
}

// wordOf returns a word token of the whole of text, for rules that ask of a phrase what they
// ask of a sentence's word.
func wordOf(text string) token {
	return token{src: &text, end: int32(len(text)), link: -1, word: true, cap: startsUpper(text)}
}

// lower is the token's text in lower case.
func (t token) lower() string {
	return strings.ToLower(t.text())
}

// lookupLower returns m[strings.ToLower(s)] without making the lower-case copy when s is ASCII
// and short: the rules look up every capitalized word of a post in their word lists, and
// those copies were a seventh of what extraction allocated.
func lookupLower[V any](m map[string]V, s string) V {
	var buf [64]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// is reports whether the token is one of the given words, ignoring case.
func (t token) is(words ...string) bool {
	s := t.text()
	for _, w := range words {
		// (words of another length differ but for a few letters no list here holds, such as
		// the Kelvin sign)
		if len(s) == len(w) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// abbreviations do not end a sentence when followed by a period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "etc": true, "e.g": true, "i.e": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "dept": true,
	"u.s": true, "mt": true, "ft": true, "vol": true, "fig": true, "al": true,
}

// splitSentences cuts a block into sentences. A sentence ends at '.', '!' or '?' (and any
// closing quotes or brackets) followed by a space and a capital letter, digit, quote or
// bracket; not after abbreviations, initials or inside a link's text.
func splitSentences(b document.Block) [][2]int {
	text := b.Text
	var out [][2]int
	start := 0
	inLink := func(i int) bool {
		for _, l := range b.Links {
			if i >= l.Start && i < l.End {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		// closing quotes and brackets belong to this sentence
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == '\'' || r == '"' || r == '’' || r == '”' || r == ')' || r == ']' || r == '»' {
				end += size
				continue
			}
			break
		}
		if end >= len(text) || text[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[end+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("'\"‘“([", next)) {
			continue
		}
		if c == '.' {
			w := lastWord(text[start:i])
			lw := strings.ToLower(w)
			if abbreviations[lw] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])) {
				continue
			}
		}
		if inLink(i) && inLink(end+1) {
			continue
		}
		out = append(out, [2]int{start, end})
		start = end + 1
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return splitAtDatedLines(b, out)
}

// datedLine opens a line that says when and where before what happened on the next line:
// "June 2031, Tartu Gophers", "2031-06-14 - Initech".
var datedLine = regexp.MustCompile(`(?i)^(?:(?:` + monthNames + `)\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}(?:-\d{2})?)\b`)

// splitAtDatedLines ends a sentence at a line break after a short dated line with no closing
// punctuation when what follows opens with a capital and ends as a sentence does: "June 2031,
// Tartu Gophers" over "Ana Lima spoke about queues." are two sentences, not one name running
// across the break. (A title set apart under the date, "**Open Space Evening**", is no sentence.)
func splitAtDatedLines(b document.Block, sents [][2]int) [][2]int {
	if len(b.Breaks) == 0 {
		return sents
	}
	var out [][2]int
	k := 0 // the breaks are in order, and so are the sentences: each break is passed once
	for _, r := range sents {
		from := r[0]
		for k < len(b.Breaks) && b.Breaks[k] <= from {
			k++
		}
		for ; k < len(b.Breaks) && b.Breaks[k] < r[1]; k++ {
			br := b.Breaks[k]
			if br <= from || br-from > 400 {
				continue // (a dated line of at most eight words is never this long)
			}
			line := strings.TrimSpace(b.Text[from:br])
			next, _ := utf8.DecodeRuneInString(strings.TrimLeft(b.Text[br:], " "))
			rest := strings.TrimRight(b.Text[br:r[1]], " \"'”’)")
			if line == "" || rest == "" || !unicode.IsUpper(next) || strings.ContainsAny(line[len(line)-1:], ".!?:") ||
				!strings.ContainsAny(rest[len(rest)-1:], ".!?") || strings.Count(line, " ") > 7 || !datedLine.MatchString(line) {
				continue // (the cheap tests first: a block's every break is asked)
			}
			end := br
			for end > from && b.Text[end-1] == ' ' {
				end--
			}
			out = append(out, [2]int{from, end})
			from = br
			for from < r[1] && b.Text[from] == ' ' {
				from++
			}
		}
		out = append(out, [2]int{from, r[1]})
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '.') })
	return strings.Trim(s[i+1:], ".")
}

// marksWithin returns the links and emphasis spans that lie inside [from, to) of a text,
// re-based to from, for a sentence or line cut out of it.
func marksWithin(links []document.Link, spans []document.Span, from, to int) ([]document.Link, []document.Span) {
	var ls []document.Link
	var ss []document.Span
	for _, l := range links {
		if l.Start >= from && l.End <= to {
			l.Start -= from
			l.End -= from
			ls = append(ls, l)
		}
	}
	for _, sp := range spans {
		if sp.Start >= from && sp.End <= to {
			sp.Start -= from
			sp.End -= from
			ss = append(ss, sp)
		}
	}
	return ls, ss
}

// sentencesOf splits a block into sentences with their links, spans and tokens.
func sentencesOf(b document.Block, blockIndex int) []*sentence {
	var out []*sentence
	for i, r := range splitSentences(b) {
		s := &sentence{
			text: b.Text[r[0]:r[1]], block: blockIndex, index: int32(i), kind: b.Kind, level: int32(b.Level),
			section: int32(b.Section), quoted: b.Quoted,
		}
		s.links, s.spans = marksWithin(b.Links, b.Spans, r[0], r[1])
		s.tokens = appendTokensOf(nil, &s.text, s.links, s.spans)
		out = append(out, s)
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' // (no ASCII mark is Mn)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize cuts text into words and punctuation. Words keep inner joiners (Peak.net,
// Kitchener-Waterloo, in't, CI/CD, @handles); a trailing possessive 's is its own token.
func tokenize(text string, links []document.Link, spans []document.Span) []token {
	return appendTokens(nil, text, links, spans)
}

// appendTokens appends the tokens of text (see tokenize) to dst and returns the extended
// slice. A caller that reads tokens and drops them passes a buffer it reuses or one on its
// stack, so that the tokens cost no allocation but the text's header they point to.
func appendTokens(dst []token, text string, links []document.Link, spans []document.Span) []token {
	return appendTokensOf(dst, &text, links, spans)
}

// appendTokensOf is appendTokens for the text src points to, which the tokens point to in
// turn: a sentence's tokens point to its text, at no cost.
func appendTokensOf(dst []token, src *string, links []document.Link, spans []document.Span) []token {
	text := *src
	// the tokens are counted first and allocated once at their number: a long text costs its
	// tokens once, not the steps of a growing slice and a copy
	n := 0
	scanTokens(text, func(start, end int, kind tokenKind) { n++ })
	if n == 0 {
		return dst
	}
	if cap(dst)-len(dst) < n {
		grown := make([]token, len(dst), len(dst)+n)
		copy(grown, dst)
		dst = grown
	}
	base := len(dst)
	scanTokens(text, func(start, end int, kind tokenKind) {
		dst = append(dst, token{src: src, start: int32(start), end: int32(end), word: kind == wordToken, link: -1})
	})
	out := dst[base:]
	for k := range out {
		t := &out[k]
		// (strings.TrimLeft(text, "@#"), with no set to build for each token)
		text := t.text()
		for text != "" && (text[0] == '@' || text[0] == '#') {
			text = text[1:]
		}
		first, _ := utf8.DecodeRuneInString(text)
		t.cap = unicode.IsUpper(first)
	}
	// the tokens a link or span holds are a run of them: find where it starts
	within := func(from, to int) []token {
		k := sort.Search(len(out), func(k int) bool { return int(out[k].start) >= from })
		n := k
		for n < len(out) && int(out[n].end) <= to {
			n++
		}
		return out[k:n]
	}
	for li, l := range links {
		if l.End > l.Start {
			in := within(l.Start, l.End)
			for k := range in {
				in[k].link = int32(li)
			}
		}
	}
	for _, sp := range spans {
		in := within(sp.Start, sp.End)
		for k := range in {
			if sp.Strong {
				in[k].strong = true
			} else {
				in[k].em = true
			}
		}
	}
	return dst
}

// tokenKind is what scanTokens found: a word, the possessive 's or another mark.
type tokenKind uint8

const (
	markToken tokenKind = iota
	wordToken
	possessiveToken
)

// scanTokens calls found with the byte range and kind of each token of text, in order (see
// tokenize).
func scanTokens(text string, found func(start, end int, kind tokenKind)) {
	last := -1 // where the last token ended
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if isWordRune(r) || (r == '@' || r == '#') && i+size < len(text) && startsWord(text[i+size:]) {
			i += size
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) || r == '_' {
					i += size
					continue
				}
				if (r == '\'' || r == '’') && elided[text[start:i]] && i+size < len(text) && startsUpper(text[i+size:]) {
					i += size // "d'Ana Lima", "dell'Ana": the elided word is a token of its own
					break
				}
				if strings.ContainsRune("'’-./&+", r) && i+size < len(text) && startsWord(text[i+size:]) {
					// a possessive 's ends the word
					if (r == '\'' || r == '’') && possessiveAt(text[i+size:]) {
						break
					}
					i += size
					continue
				}
				break
			}
			found(start, i, wordToken)
			last = i
			continue
		}
		if (r == '\'' || r == '’') && possessiveAt(text[i+size:]) && last == i {
			i += size + 1
			found(start, i, possessiveToken)
			last = i
			continue
		}
		i += size
		found(start, i, markToken)
		last = i
	}
}

// elided are the words French and Italian write with an apostrophe before a vowel, in lower
// case: before a capital they are a word of their own, so that "la conférence d'Ana Lima"
// names Ana Lima. "D'Angelo" and "O'Brien" are names and stay whole.
var elided = map[string]bool{"d": true, "l": true, "dell": true, "all": true, "dall": true, "nell": true, "sull": true, "qu": true}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// possessiveAt reports whether s (the text after an apostrophe) is "s" ending a word.
func possessiveAt(s string) bool {
	if !strings.HasPrefix(s, "s") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[1:])
	return len(s) == 1 || !isWordRune(r)
}

// clean trims spaces and the punctuation that quotes and clauses leave around a phrase.
func clean(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), " #¶§🔗") // anchors that headings link to themselves with
	s = strings.Trim(s, " ,;:")
	for _, q := range [][2]string{{"‘", "’"}, {"'", "'"}, {"“", "”"}, {"\"", "\""}, {"(", ")"}} {
		if strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && len(s) > len(q[0])+len(q[1]) {
			s = strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return strings.TrimSpace(strings.TrimRight(s, " ,;:"))
}

// pictograph reports the emoji and marks a heading may open or end with ("☕️ Title 🏗️"): a
// symbol, a variation selector or a joiner, or a space.
func pictograph(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '\ufe0f' || r == '\u200d' || r == ' ' || unicode.In(r, unicode.Sk) && r > 0x2000
}

// cleanTitle is clean for titles: a sentence's period or comma caught inside the quotes goes.
// Emoji that open or end it go too.
func cleanTitle(s string) string {
	s = clean(strings.TrimFunc(strings.TrimRight(s, " #¶§🔗"), pictograph))
	for _, m := range []string{"**", "__"} {
		// "**Title **": emphasis Markdown did not close, because of the space before the marks
		if strings.HasPrefix(s, m) && strings.HasSuffix(s, m) && len(s) > 2*len(m) {
			s = strings.TrimSpace(s[len(m) : len(s)-len(m)])
		}
	}
	if m := bracketKind.FindString(s); m != "" && len(m) < len(s) {
		s = s[len(m):] // "[PANEL] What Comes After REST": the kind of talk, not its title
	}
	s = unquoted(quotedThenNotes(withoutLeadingDate(s)))
	return strings.TrimSpace(strings.TrimRight(s, ".,;:"))
}

// quotedThenNotes returns the quoted title that opens s when notes follow it: material in
// brackets ("“Queues Done Right” (slides, video)", "\"Errors Are Values\" [recording]") or a
// dash and a lower-case description ("“Sorting Without Tears” – a tour of sort"). Other
// text after the quotes ("\"Done\" Is a Lie") is part of the title, which is left whole.
func quotedThenNotes(s string) string {
	inner, end, ok := leadingQuote(s)
	if !ok {
		return s
	}
	rest := strings.TrimSpace(s[end:])
	switch r, size := utf8.DecodeRuneInString(rest); {
	case r == '(' || r == '[':
		return inner
	case r == '-' || r == '–' || r == '—':
		if d := strings.TrimSpace(rest[size:]); d != "" {
			if first, _ := utf8.DecodeRuneInString(d); unicode.IsLower(first) {
				return inner
			}
		}
	}
	return s
}

// pairedQuotes are the opening and closing marks of quotations, in the languages posts are
// written in.
var pairedQuotes = [][2]string{{"“", "”"}, {"«", "»"}, {"„", "“"}, {"„", "”"}, {"‘", "’"}, {"\"", "\""}}

// leadingQuote returns the phrase quoted at the start of s and the offset where its closing
// mark ends, when text follows that mark.
func leadingQuote(s string) (string, int, bool) {
	for _, q := range pairedQuotes {
		inner, ok := strings.CutPrefix(s, q[0])
		if !ok {
			continue
		}
		k := strings.Index(inner, q[1])
		if k <= 0 || strings.Contains(inner[:k], q[0]) {
			return "", 0, false
		}
		end := len(q[0]) + k + len(q[1])
		if strings.TrimSpace(s[end:]) == "" {
			return "", 0, false
		}
		return inner[:k], end, true
	}
	return "", 0, false
}

// withoutLeadingDate drops a date written in digits that opens a title: "2031-04-15 Scaling
// Ledgers" is the day the talk was given, then its title.
func withoutLeadingDate(s string) string {
	if m := leadingNumericDate.FindString(s); m != "" && strings.IndexFunc(s[len(m):], unicode.IsLetter) >= 0 {
		return s[len(m):]
	}
	return s
}

// leadingNumericDate is a date written in digits that opens a title, with the separator after
// it: "2031-04-15 ", "15.04.2031 - ", "2031/04/15: ".
var leadingNumericDate = regexp.MustCompile(`^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}/\d{1,2}/\d{1,2})\s*[-–—:|]?\s+`)

// unquoted returns a title without the quotes around the whole of it, in the quotes of any
// language: "« Quiet Queues »", "„Quiet Queues“", "„Quiet Queues”", "»Quiet Queues«" and
// "‘Quiet Queues’" are "Quiet Queues". A title that quotes inside ("Why "Done" Lies") keeps
// its quotes.
func unquoted(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"«", "»"}, {"„", "“"}, {"„", "”"}, {"»", "«"}, {"“", "”"}, {"”", "”"}, {"‘", "’"}, {"‚", "‘"}, {"「", "」"}, {"\"", "\""}} {
		if inner, ok := strings.CutPrefix(s, q[0]); ok && strings.HasSuffix(inner, q[1]) {
			if inner = strings.TrimSuffix(inner, q[1]); !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) && strings.TrimSpace(inner) != "" {
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}

// guarded is a regular expression every match of which holds one of a few words: text that
// holds none of them, in any case, is not given to the expression, which would try to match at
// every byte of it.
type guarded struct {
	*regexp.Regexp
	words *foldWords
}

// guard returns re guarded by words: each match of re must hold one of them (lower case), in
// any case. A word's letters are ASCII; it may hold other bytes, which are compared as
// foldWords compares them.
func guard(re *regexp.Regexp, words ...string) guarded {
	return guarded{re, newFoldWords(words...)}
}

// may reports whether re can match s. Text holding one of the two runes that Unicode's case
// folding, the expression's, takes for an ASCII letter ("ſ" for an "s", the Kelvin sign for a
// "k") always may; other text may when it holds a word with its ASCII letters in any case.
func (g guarded) may(s string) bool {
	if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		return true
	}
	return g.words.in(s)
}

// literal is a case-sensitive regular expression every match of which holds one of a few
// literal strings: text that holds none of them is not given to the expression. Unlike guarded,
// which folds case, it asks plain substrings, so it is exact on any text, ASCII or not.
type literal struct {
	*regexp.Regexp
	words []string
}

// MatchString is regexp.Regexp's, asked only of text holding one of the words.
func (l literal) MatchString(s string) bool {
	return l.may(s) && l.Regexp.MatchString(s)
}

// may reports whether s holds one of the words.
func (l literal) may(s string) bool {
	for _, w := range l.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// FindStringSubmatch is regexp.Regexp's, asked only of text holding one of the words.
func (l literal) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp's, asked only of text holding one of the words.
func (l literal) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.Regexp.FindStringSubmatchIndex(s)
}

// MatchString is regexp.Regexp's, guarded.
func (g guarded) MatchString(s string) bool {
	return g.may(s) && g.Regexp.MatchString(s)
}

// FindStringIndex is regexp.Regexp's, guarded.
func (g guarded) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp's, guarded.
func (g guarded) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

// ReplaceAllString is regexp.Regexp's, guarded.
func (g guarded) ReplaceAllString(src, repl string) string {
	if !g.may(src) {
		return src
	}
	return g.Regexp.ReplaceAllString(src, repl)
}

// foldWords is a set of words, asked whether text holds any of them with its ASCII letters in
// any case, in one pass over the text rather than one per word. A byte of a word is compared
// with the text's ignoring the bit that tells an ASCII letter's case (0x20): for a letter that
// is its case, for other bytes it may answer true wrongly (a tab for a ')'), never false.
type foldWords [256][]string // by first byte, that bit set

// newFoldWords returns the set of words (lower case, one byte or more).
func newFoldWords(words ...string) *foldWords {
	var f foldWords
	for _, w := range words {
		if c := w[0] | 0x20; !slices.Contains(f[c], w) {
			f[c] = append(f[c], w)
		}
	}
	return &f
}

// in reports whether text holds one of the words.
func (f *foldWords) in(text string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range f[text[i]|0x20] {
			if hasPrefixFold(text[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s opens with w, each byte compared as foldWords compares it.
func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[k]|0x20 != w[k]|0x20 {
			return false
		}
	}
	return true
}

// nextField returns the first of the fields strings.FieldsFunc(s, sep) would give, and the
// text after it: the rules that only count a text's words or look at a few of them read them
// one at a time rather than splitting out all of them. field is "" when s has none.
func nextField(s string, sep func(rune) bool) (field, rest string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !sep(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if sep(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// nextWord is nextField for the words strings.Fields gives, runs of runes that are not spaces,
// with the test of an ASCII byte written out.
func nextWord(s string) (word, rest string) {
	space := func(s string, i int) (bool, int) {
		if c := s[i]; c < utf8.RuneSelf {
			return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f', 1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		return unicode.IsSpace(r), n
	}
	i := 0
	for i < len(s) {
		sp, n := space(s, i)
		if !sp {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		sp, n := space(s, j)
		if sp {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// nextAlnum is nextField(s, notLetterOrDigit), with the test of an ASCII byte written out.
func nextAlnum(s string) (word, rest string) {
	alnum := func(s string, i int) (bool, int) {
		if c := s[i]; c < utf8.RuneSelf {
			return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9', 1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		return unicode.IsLetter(r) || unicode.IsDigit(r), n
	}
	i := 0
	for i < len(s) {
		a, n := alnum(s, i)
		if a {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		a, n := alnum(s, j)
		if !a {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}
