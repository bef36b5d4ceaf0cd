package document

import (
	"fmt"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Front matter of talk and event pages. Conference and meetup sites built
// with Hugo or Jekyll keep a talk's facts in its front matter: the kind of
// page (type = "talk", layout: session), its speakers (strings, Markdown
// links or tables with a name and company), the event, when and where. The
// keys below are matched like every front matter key: without regard to
// case, '_' or '-'.
var (
	kindKeys     = set("type", "layout", "kind", "pagetype", "contenttype")
	speakerKeys  = set("speaker", "speakers", "presenter", "presenters", "speakername", "speakernames", "talkauthor", "talkauthors", "talkspeaker", "talkspeakers", "primarypresenter")
	eventKeys    = set("event", "eventname", "conference", "meetup")
	startKeys    = set("start", "starts", "startdate", "startsat", "startdatetime", "starttime", "datetime", "eventdate", "eventdatetime", "eventstart", "timestart", "datestart", "datebegin", "datefrom", "when", "begin", "begins")
	venueKeys    = set("venue", "venuename", "place", "placename", "eventvenue")
	locationKeys = set("location", "address", "where", "venueaddress", "locationname", "eventlocation", "eventaddress", "eventplace")
	cityKeys     = set("city", "town", "locality", "eventcity", "cities", "towns", "locations")
	hostKeys     = set("host", "hosts", "hostedby", "sponsor", "sponsors")
	slidesKeys   = set("slides", "slide", "slidesurl", "slideurl", "slidedeck", "deck", "presentationurl", "urlslides")
	videoKeys    = set("video", "videourl", "videolink", "youtube", "recording", "urlvideo")
	talkTitle    = set("talktitle", "sessiontitle", "presentationtitle", "primarytitle", "speakertalktitle", "talkname", "sessionname")
	talksKeys    = set("talks", "sessions", "agenda", "schedule", "program", "programme", "presentations", "lineup", "slots")

	// talkKinds and eventKinds are the values of a kind key that make a
	// page a talk page or an event page.
	talkKinds  = set("talk", "talks", "session", "sessions", "presentation", "presentations", "keynote", "keynotes", "lecture", "workshop", "lightningtalk", "speech")
	eventKinds = set("event", "events", "meetup", "meetups", "conference", "conferences", "meeting", "eventpage")

	// Keys inside a table (a speaker, a venue, an event).
	nameKeys   = []string{"name", "fullname", "displayname", "title"}
	personKeys = []string{"name", "fullname", "displayname", "speakername"}
	titleKeys  = []string{"title", "talktitle", "talk", "topic", "subject", "session", "sessiontitle"}
	// talkTitleKeys name a speaker's talk inside a speaker table.
	talkTitleKeys = []string{"talk", "talktitle", "topic", "subject", "session", "sessiontitle", "presentation"}
	companyKeys   = []string{"company", "affiliation", "organization", "organisation", "org", "employer", "companyname", "work"}
	urlKeys       = []string{"url", "website", "homepage", "link", "web", "site", "blog"}
	handleKeys    = []string{"twitter", "x", "github", "handle", "mastodon"}
	streetKeys    = []string{"address", "streetaddress", "street"}
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// talkKey reports whether a front matter key (as written) is one
// readTalkMeta reads, so that its whole value is kept.
func talkKey(key string) bool {
	return knownTalkKey(talkCanon(canonKey(key)))
}

// knownTalkKey reports whether c is a canonical key readTalkMeta reads.
func knownTalkKey(c string) bool {
	return speakerKeys[c] || talksKeys[c] || eventKeys[c] || startKeys[c] || venueKeys[c] || locationKeys[c] ||
		cityKeys[c] || hostKeys[c] || slidesKeys[c] || videoKeys[c] || talkTitle[c]
}

// eventPrefixes start the compound keys some themes give an event page's fields:
// "event_location", "event_schedule", "conference_venue", "meetup_title".
var eventPrefixes = []string{"event", "conference", "meetup"}

// talkCanon maps a compound key of an event page to the key it stands for: "eventschedule" is
// a schedule, "eventlocation" a location, "eventtitle" the event's name. Keys readTalkMeta
// reads as they are, and keys it does not read after the prefix either, are left as they are.
func talkCanon(c string) string {
	if knownTalkKey(c) {
		return c
	}
	for _, p := range eventPrefixes {
		rest, ok := strings.CutPrefix(c, p)
		switch {
		case !ok || rest == "":
		case rest == "title" || rest == "name":
			return "eventname"
		case knownTalkKey(rest) && !eventKeys[rest]:
			return rest
		}
	}
	return c
}

// canonKey lower-cases a key and drops a leading ':' and every '_' and '-'.
func canonKey(key string) string {
	key = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(key), ":")))
	return strings.NewReplacer("_", "", "-", "").Replace(strings.TrimSuffix(key, ":"))
}

// readTalkMeta fills the talk and event fields of m from one front matter
// field whose canonical key is canon. The first key that gives a field a
// value wins.
func readTalkMeta(m *Meta, canon string, f field) {
	canon = talkCanon(canon)
	raw := normalize(f.raw, 0)
	if raw == nil {
		switch {
		case f.isList:
			items := make([]any, len(f.list))
			for i, s := range f.list {
				items[i] = s
			}
			raw = items
		case f.scalar:
			raw = f.value
		}
	}
	switch {
	case kindKeys[canon]:
		if m.Kind == "" {
			m.Kind = kindOf(scalarString(raw))
		}
	case speakerKeys[canon]:
		if m.Speakers == nil {
			m.Speakers = speakersOf(raw, strings.HasSuffix(canon, "s"))
		}
		if strings.HasPrefix(canon, "talk") && m.Kind == "" {
			m.Kind = KindTalk // "talk_authors": the page is the talk they gave
		}
	case eventKeys[canon]:
		readEventValue(m, canon, raw)
	case startKeys[canon]:
		if d, ok := ParseDate(scalarString(raw)); ok && m.StartDate == "" && !allDigits(scalarString(raw)) {
			m.StartDate = d
		}
	case venueKeys[canon]:
		readPlace(m, raw, &m.Venue)
	case locationKeys[canon]:
		readPlace(m, raw, &m.Location)
	case cityKeys[canon]:
		// "locations: [san-francisco]": a taxonomy of one term, a slug of the town's name
		if names := namesOf(raw); len(names) == 1 {
			setOnce(&m.City, placeString(unslug(names[0])))
		}
	case hostKeys[canon]:
		if m.Host == "" {
			hosts := namesOf(raw)
			// Several sponsors are sponsors, not the host.
			// A slug ("jane-doe") refers to a data file, often a person's.
			if (len(hosts) == 1 || len(hosts) > 1 && strings.HasPrefix(canon, "host")) && !slug.MatchString(hosts[0]) {
				m.Host = placeString(hosts[0])
			}
		}
	case talkTitle[canon]:
		// "talk_title: Title" on a page titled otherwise: the page is the talk's
		if t := strings.TrimSpace(scalarString(raw)); t != "" && m.TalkTitle == "" {
			m.TalkTitle = t
			if m.Kind == "" {
				m.Kind = KindTalk
			}
		}
	case talksKeys[canon]:
		if m.Talks == nil {
			m.Talks = talksOf(raw)
		}
	case slidesKeys[canon]:
		setOnce(&m.Slides, linkOf(scalarString(raw)))
	case videoKeys[canon]:
		setOnce(&m.Video, linkOf(scalarString(raw)))
	case m.Talks == nil && timedRecords(raw):
		// "items:", "day1:": a list of timed slots under a key of the theme's own
		m.Talks = talksOf(raw)
	}
}

// timedRecords reports a list of two or more tables that each have a title and a time: a
// day's programme, whatever the key it is under.
func timedRecords(raw any) bool {
	items, ok := raw.([]any)
	if !ok || len(items) < 2 {
		return false
	}
	for _, item := range items {
		t, ok := item.(map[string]any)
		if !ok {
			return false
		}
		var title, time bool
		for k := range t {
			c := canonKey(k)
			title = title || c == "title"
			time = time || timeKeys[c]
		}
		if !title || !time {
			return false
		}
	}
	return true
}

// normalize turns the TOML decoder's arrays of tables ([]map[string]any)
// into []any, as YAML decodes them, so that one reader serves both.
func normalize(v any, depth int) any {
	if depth > 8 {
		return v
	}
	switch v := v.(type) {
	case []map[string]any:
		out := make([]any, len(v))
		for i, t := range v {
			out[i] = normalize(t, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = normalize(item, depth+1)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, item := range v {
			out[k] = normalize(item, depth+1)
		}
		return out
	}
	return v
}

// kindOf maps the value of a type or layout key to KindTalk, KindEvent or
// "". A layout may be a path ("layouts/talk").
func kindOf(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.LastIndexAny(v, "/\\"); i >= 0 {
		v = v[i+1:]
	}
	v = strings.TrimSuffix(v, ".html")
	v = strings.NewReplacer("_", "", "-", "", " ", "").Replace(v)
	switch {
	case talkKinds[v]:
		return KindTalk
	case eventKinds[v]:
		return KindEvent
	}
	return ""
}

// readEventValue reads an event key: a name, a table with the event's name,
// date and place, or "event: true" (a page that is an event).
func readEventValue(m *Meta, canon string, raw any) {
	switch v := raw.(type) {
	case bool:
		if v && m.Kind == "" && canon == "event" {
			m.Kind = KindEvent
		}
	case map[string]any:
		setOnce(&m.Event, scalarString(pick(v, nameKeys...)))
		if d, ok := ParseDate(scalarString(pick(v, "date", "start", "startdate", "datetime"))); ok && m.StartDate == "" {
			m.StartDate = d
		}
		if p := pick(v, "venue", "place"); p != nil {
			readPlace(m, p, &m.Venue)
		}
		if p := pick(v, "location", "address", "where"); p != nil {
			readPlace(m, p, &m.Location)
		}
		setOnce(&m.City, placeString(scalarString(pick(v, "city", "town", "locality"))))
	case string:
		if strings.EqualFold(strings.TrimSpace(v), "true") {
			readEventValue(m, canon, true)
			return
		}
		name, _ := linkText(v)
		setOnce(&m.Event, name)
	}
}

// readPlace reads a venue or location: a string ("Venue, City" or an
// address) into dst, or a table whose name goes to Venue, street address
// to Location and city to City. Numbers (a site's venue ID) are not places.
func readPlace(m *Meta, raw any, dst *string) {
	switch v := raw.(type) {
	case map[string]any:
		setOnce(&m.Venue, placeString(scalarString(pick(v, nameKeys...))))
		if a, ok := pick(v, streetKeys...).(map[string]any); ok {
			// schema.org style: address: {streetAddress, addressLocality}
			setOnce(&m.City, placeString(scalarString(pick(a, "addresslocality", "city", "locality", "town"))))
			setOnce(&m.Location, placeString(scalarString(pick(a, "streetaddress", "street"))))
		} else if lines, ok := pick(v, streetKeys...).([]any); ok {
			// an address written line by line: ["Initech GmbH", "Hafenweg 4", "10999 Berlin"]
			var parts []string
			for _, l := range lines {
				if p := placeString(scalarString(l)); p != "" {
					parts = append(parts, p)
				}
			}
			setOnce(&m.Location, strings.Join(parts, ", "))
		} else {
			setOnce(&m.Location, placeString(scalarString(pick(v, streetKeys...))))
		}
		setOnce(&m.City, placeString(scalarString(pick(v, "city", "town", "locality", "addresslocality"))))
	case []any:
		if len(v) > 0 {
			readPlace(m, v[0], dst)
		}
	default:
		setOnce(dst, placeString(scalarString(raw)))
	}
}

// placeString returns a place as written, or "" for a number or a link.
func placeString(s string) string {
	s = strings.TrimSpace(s)
	if name, _ := linkText(s); name != s {
		s = name
	}
	if s == "" || allDigits(strings.NewReplacer(" ", "", "-", "").Replace(s)) || strings.Contains(s, "://") {
		return ""
	}
	return s
}

// linkOf returns the address of a link given as a URL or a Markdown link.
func linkOf(s string) string {
	s = strings.TrimSpace(s)
	if _, url := linkText(s); url != "" {
		return url
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/") {
		return s
	}
	return ""
}

// mdLink matches a Markdown link "[text](url)".
// htmlAnchor is an HTML link with plain text inside: <a href="url">text</a>.
var htmlAnchor = regexp.MustCompile(`(?i)<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([^<]*)</a>`)

var mdLink = regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)

// linkText returns the text and address of the first Markdown link in s,
// with what comes around it, or s itself and "" when it has none.
func linkText(s string) (text, url string) {
	if loc := htmlAnchor.FindStringSubmatchIndex(s); loc != nil {
		// `Workshop - <a href="/ws#queues">Quiet Queues</a>`: an HTML link in a value
		return strings.TrimSpace(s[:loc[0]] + s[loc[4]:loc[5]] + s[loc[1]:]), s[loc[2]:loc[3]]
	}
	loc := mdLink.FindStringSubmatchIndex(s)
	if loc == nil {
		return strings.TrimSpace(s), ""
	}
	text = s[:loc[0]] + s[loc[2]:loc[3]] + s[loc[1]:]
	return strings.TrimSpace(text), s[loc[4]:loc[5]]
}

// speakersOf reads a speaker key's value: one speaker or a list of them,
// each a string or a table. A string may be a name, a Markdown link to the
// speaker's page, "Name (Company)" or "Name, Company"; a scalar of a plural
// key ("speakers: Ann Lee and Bo Chan") lists several names.
func speakersOf(raw any, plural bool) []Speaker {
	var out []Speaker
	add := func(s Speaker) {
		s.Name = strings.TrimSpace(s.Name)
		if s.Name == "" {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o.Name, s.Name) {
				return
			}
		}
		out = append(out, s)
	}
	switch v := raw.(type) {
	case []any:
		// a list whose speakers give abstracts is a list of talks: each "title" in it is a talk's
		talks := false
		for _, item := range v {
			if t, ok := item.(map[string]any); ok && pick(t, abstractKeys...) != nil {
				talks = true
			}
		}
		for _, item := range v {
			switch item := item.(type) {
			case map[string]any:
				add(speakerOfTable(item, talks))
			default:
				add(speakerOfString(scalarString(item), true))
			}
		}
	case map[string]any:
		if s := speakerOfTable(v, false); s.Name != "" {
			add(s)
			break
		}
		// A table keyed by speaker ID: {jane: {name: ...}}. A table without a
		// name takes it from its key when the key is a slug of a name
		// ("jane_doe: {talk: ...}"), as event sites key their speaker data.
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if t, ok := v[k].(map[string]any); ok {
				s := speakerOfTable(t, false)
				if s.Name == "" && slug.MatchString(k) {
					s.Name = nameOfSlug(k)
				}
				add(s)
			}
		}
	default:
		s := scalarString(raw)
		if plural || listSeparator.MatchString(s) || len(foreignAnd(s)) > 1 || nameList(s) {
			for _, part := range splitNames(s) {
				add(speakerOfString(part, false))
			}
		} else {
			add(speakerOfString(s, true))
		}
	}
	return out
}

// nameList reports a string of three names or more apart by commas, each of two to four
// capitalized words and none a role or a company's: "Ana Lima, Bo Chen, Cara Diaz". ("Ana
// Lima, Staff Engineer, Initech" is one speaker, her role and company.)
func nameList(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) > 0 && (words[0] == "Dr" || words[0] == "Dr." || words[0] == "Prof." || words[0] == "Mr" || words[0] == "Ms") {
			words = words[1:]
		}
		if len(words) < 2 || len(words) > 4 || !givennames.Is(words[0]) {
			return false // ("Ana Lima, Product Owner, Hooli Cloud": a role and a company are no names)
		}
		for _, w := range words {
			r := []rune(w)
			if !unicode.IsUpper(r[0]) || notNameWords[strings.ToLower(strings.Trim(w, "."))] {
				return false
			}
		}
	}
	return true
}

// notNameWords are words of roles and companies, which no name in a list of names holds.
var notNameWords = map[string]bool{
	"engineer": true, "developer": true, "manager": true, "director": true, "architect": true, "lead": true,
	"head": true, "founder": true, "ceo": true, "cto": true, "cfo": true, "vp": true, "president": true,
	"consultant": true, "advocate": true, "evangelist": true, "scientist": true, "analyst": true,
	"designer": true, "officer": true, "senior": true, "principal": true, "staff": true, "inc": true,
	"ltd": true, "llc": true, "gmbh": true, "corp": true, "team": true, "group": true, "labs": true,
	"university": true, "software": true, "systems": true, "technologies": true, "solutions": true,
}

// listSeparator separates names in one string: "and", "&", " / ", ";" (a comma
// too, see splitNames).
var listSeparator = regexp.MustCompile(`\s+(?:and|&|/)\s+|;`)

// splitNames splits a string of several names on "and", "&", ";" and
// commas, keeping a parenthesised company with its name.
func splitNames(s string) []string {
	var parts []string
	depth, last := 0, 0
	flush := func(end int) {
		parts = append(parts, s[last:end])
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',', ';':
			if depth == 0 {
				flush(i)
				last = i + 1
			}
		}
	}
	flush(len(s))
	var out []string
	for _, p := range parts {
		for _, q := range listSeparator.Split(p, -1) {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, foreignAnd(q)...)
			}
		}
	}
	return out
}

// andWords are "and" in the other languages speaker fields are written in: German und,
// French et, Dutch en, Spanish y, Portuguese and Italian e, Polish and Catalan i,
// Scandinavian og and och.
var andWords = regexp.MustCompile(`\s+(?:und|et|en|y|e|i|og|och)\s+`)

// foreignAnd splits "Mara ten Quist en Olu Bade" at a word for "and" when every part
// reads as a full name (two words or more, the first capitalized): a single name ("Ortega y
// Gasset" aside, which has one word after) stays whole.
func foreignAnd(s string) []string {
	parts := andWords.Split(s, -1)
	if len(parts) < 2 {
		return []string{s}
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) < 2 || !unicode.IsUpper([]rune(f[0])[0]) {
			return []string{s}
		}
	}
	return parts
}

// speakerOfString reads "Name", "[Name](url)", "Name (Company)", a slug
// ("jane-doe", as Hugo sites refer to their speaker data files) and, when
// withCompany is set, "Name, Company" or "Name @ Company".
func speakerOfString(s string, withCompany bool) Speaker {
	text, url := linkText(s)
	sp := Speaker{URL: url}
	if h := handleOf(url); h != "" {
		sp.Handle = h
	}
	if open := strings.IndexByte(text, '('); open > 0 && strings.HasSuffix(text, ")") {
		sp.Company = strings.TrimSpace(text[open+1 : len(text)-1])
		text = strings.TrimSpace(text[:open])
	} else if withCompany {
		for _, sep := range []string{" @ ", ", ", " - ", " – ", " | "} {
			if name, company, ok := strings.Cut(text, sep); ok {
				text, sp.Company = strings.TrimSpace(name), strings.TrimSpace(company)
				break
			}
		}
	}
	if strings.HasPrefix(text, "@") {
		sp.Handle = strings.TrimPrefix(text, "@")
		return sp // a handle is not a name
	}
	sp.Name = nameOfSlug(text)
	return sp
}

// unslug writes a slug as the words it was made from, each capitalized: "san-francisco" is
// "San Francisco", "porto" "Porto". Other text is returned as it is.
func unslug(s string) string {
	if !termSlug.MatchString(s) {
		return s
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// termSlug is a taxonomy term's slug: words in lower case joined by '-' or '_'.
var termSlug = regexp.MustCompile(`^[a-z]+(?:[-_][a-z]+)*$`)

// slug matches an identifier such as "jane-doe" or "jane_doe".
var slug = regexp.MustCompile(`^[a-z]+(?:[-_][a-z]+){1,3}$`)

// nameOfSlug turns a slug made of two to four lower-case words into a name
// ("jane-doe" is "Jane Doe"); anything else is returned as it is.
func nameOfSlug(s string) string {
	s = strings.TrimSpace(s)
	if !slug.MatchString(s) {
		return s
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// speakerOfTable reads a speaker table: {name, company, url, twitter}. Its "title" is the
// speaker's talk when the table gives an abstract or talks says the table is one of a list of
// talks (see speakersOf); else it is taken for a job's.
func speakerOfTable(t map[string]any, talks bool) Speaker {
	sp := Speaker{}
	name := scalarString(pick(t, personKeys...))
	if name == "" {
		first, last := scalarString(pick(t, "firstname", "givenname")), scalarString(pick(t, "lastname", "familyname", "surname"))
		name = strings.TrimSpace(first + " " + last)
	}
	text, url := linkText(name)
	sp.Name, sp.URL = nameOfSlug(text), url
	switch c := pick(t, companyKeys...).(type) {
	case map[string]any:
		sp.Company = scalarString(pick(c, nameKeys...))
	default:
		sp.Company, _ = linkText(scalarString(c))
	}
	setOnce(&sp.URL, linkOf(scalarString(pick(t, urlKeys...))))
	if h := strings.TrimSpace(scalarString(pick(t, handleKeys...))); h != "" {
		if hh := handleOf(h); hh != "" {
			h = hh
		}
		sp.Handle = strings.TrimPrefix(h, "@")
	}
	if sp.Handle == "" {
		sp.Handle = handleOf(sp.URL)
	}
	sp.Talk, _ = linkText(scalarString(pick(t, talkTitleKeys...)))
	if sp.Talk == "" && (talks || pick(t, abstractKeys...) != nil) {
		// {name, title, abstract}: beside an abstract, a speaker's "title" is the talk's, not a job's
		sp.Talk, _ = linkText(scalarString(pick(t, "title")))
	}
	return sp
}

// abstractKeys hold what a talk is about, inside a speaker table.
var abstractKeys = []string{"abstract", "talkabstract", "talkdescription", "sessionabstract", "synopsis"}

// notTalkKinds are the kinds of an agenda slot that is no talk: {type: social}, {kind: break}.
var notTalkKinds = set("social", "mc", "emcee", "break", "coffee", "lunch", "dinner", "meal", "food", "drinks",
	"networking", "registration", "welcome", "intro", "introduction", "opening", "closing", "housekeeping", "announcements")

// talksOf reads a list of talks: tables with a title and speakers (a
// speaker key holding what a speaker key holds, or a name with a company
// beside it), and links to slides or a recording. A string item is a
// title alone.
func talksOf(raw any) []TalkData {
	return talksIn(raw, 0)
}

// maxTalkNesting bounds how deep talksIn looks for talks inside a schedule's rows and columns.
const maxTalkNesting = 8

// talkRecord reports whether a table states one talk: it names speakers, or a title with no
// table or list of talks inside it.
func talkRecord(t map[string]any, depth int) bool {
	if _, sp := pickKey(t, "speaker", "speakers", "presenter", "presenters", "by", "author", "authors"); sp != nil {
		return true
	}
	return !holdsTalks(t, depth)
}

// holdsTalks reports whether a value holds tables that name speakers, at any depth up to
// maxTalkNesting: a schedule's rows, a row's columns.
func holdsTalks(v any, depth int) bool {
	if depth > maxTalkNesting {
		return false
	}
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			if holdsTalks(item, depth+1) {
				return true
			}
		}
	case map[string]any:
		if _, sp := pickKey(v, "speaker", "speakers", "presenter", "presenters"); sp != nil && depth > 0 {
			return true
		}
		for _, item := range v {
			if holdsTalks(item, depth+1) {
				return true
			}
		}
	}
	return false
}

// talksIn reads the talks of a list of talks, or of a schedule that nests them in rows and
// columns ({rows: [{columns: [{time: 9:30}, {talk: {speaker: Ana Lima, title: Title}}]}]}):
// a table that holds talks is a container, read for the talks inside it.
func talksIn(raw any, depth int) []TalkData {
	items, ok := raw.([]any)
	if !ok {
		if t, ok := raw.(map[string]any); ok {
			items = []any{t}
		}
	}
	var out []TalkData
	typed := talkTyped(items)
	for _, item := range items {
		var td TalkData
		if t, ok := item.(map[string]any); ok && depth < maxTalkNesting && !talkRecord(t, 0) {
			keys := make([]string, 0, len(t))
			for k := range t {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if holdsTalks(t[k], 1) {
					out = append(out, talksIn(t[k], depth+1)...)
				}
			}
			continue
		}
		switch v := item.(type) {
		case map[string]any:
			kind := strings.ToLower(strings.TrimSpace(scalarString(pick(v, "type", "kind", "category", "format"))))
			if notTalkKinds[kind] {
				continue // {type: social, title: Drinks}: a slot of the evening, no talk
			}
			if t := scalarString(pick(v, "type", "kind")); typed && t != "" && !talkKinds[canonKey(t)] {
				continue // {type: event, title: Tacos} beside {type: talk, ...}: a slot, no talk
			}
			title := scalarString(pick(v, titleKeys...))
			if key, sp := pickKey(v, "speaker", "speakers", "presenter", "presenters", "by", "author", "authors"); sp != nil {
				td.Speakers = speakersOf(sp, strings.HasSuffix(key, "s"))
				if title == "" {
					title = scalarString(pick(v, "name"))
				}
			} else if name := scalarString(pick(v, personKeys...)); name != "" && title != "" {
				// {name: Speaker, talk: Title}
				td.Speakers = speakersOf(name, false)
			}
			td.Title, td.URL = linkText(title)
			if c := scalarString(pick(v, companyKeys...)); c != "" && len(td.Speakers) == 1 && td.Speakers[0].Company == "" {
				td.Speakers[0].Company = c
			}
			td.Slides = linkOf(scalarString(pick(v, "slides", "slide", "slidesurl", "deck", "urlslides")))
			td.Video = linkOf(scalarString(pick(v, "video", "videourl", "youtube", "recording", "urlvideo")))
			setOnce(&td.URL, linkOf(scalarString(pick(v, "url", "link"))))
		default:
			td.Title, td.URL = linkText(scalarString(v))
		}
		if td.Title != "" || len(td.Speakers) > 0 {
			out = append(out, td)
		}
	}
	return out
}

// talkTyped reports a list whose items say their type or kind and some say they are talks
// ({type: talk} beside {type: event}), so that an item of another type is no talk. A category
// or a format ("frontend", "keynote") says no such thing.
func talkTyped(items []any) bool {
	for _, item := range items {
		if t, ok := item.(map[string]any); ok && talkKinds[canonKey(scalarString(pick(t, "type", "kind")))] {
			return true
		}
	}
	return false
}

// handleOf returns the handle in a profile link on a social network
// ("https://twitter.com/jdoe" is "jdoe"), or "".
func handleOf(url string) string {
	for _, host := range []string{"twitter.com/", "x.com/", "github.com/"} {
		if i := strings.Index(url, host); i >= 0 && (i == 0 || url[i-1] == '/' || url[i-1] == '.') {
			h := strings.Trim(url[i+len(host):], "/ ")
			if h != "" && !strings.ContainsAny(h, "/?#") {
				return strings.TrimPrefix(h, "@")
			}
		}
	}
	return ""
}

// namesOf returns the names in a value: a string (names split on commas
// and "and"), a table's name, or a list of either.
func namesOf(raw any) []string {
	var out []string
	switch v := raw.(type) {
	case []any:
		for _, item := range v {
			out = append(out, namesOf(item)...)
		}
	case map[string]any:
		if n := strings.TrimSpace(scalarString(pick(v, nameKeys...))); n != "" {
			out = append(out, n)
		}
	default:
		if s := strings.TrimSpace(scalarString(raw)); s != "" {
			name, _ := linkText(s)
			out = append(out, name)
		}
	}
	return out
}

// pickKey is pick that also returns which of keys matched.
func pickKey(t map[string]any, keys ...string) (string, any) {
	for _, want := range keys {
		for k, v := range t {
			if canonKey(k) == want && v != nil {
				return want, v
			}
		}
	}
	return "", nil
}

// pick returns the first value of a table under one of keys, matched
// without regard to case, '_' or '-'.
func pick(t map[string]any, keys ...string) any {
	for _, want := range keys {
		for k, v := range t {
			if canonKey(k) == want && v != nil {
				return v
			}
		}
	}
	return nil
}

// scalarString returns a scalar value as text: strings as they are,
// numbers and booleans formatted, dates as YYYY-MM-DD (with the time when
// there is one); "" for lists, tables and nil.
func scalarString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case int:
		return strconv.Itoa(v)
	case int64, uint64, float64, bool:
		return fmt.Sprint(v)
	case time.Time:
		s, _ := tomlScalar(v)
		return s
	}
	if s, ok := tomlScalar(v); ok {
		return s
	}
	return ""
}
