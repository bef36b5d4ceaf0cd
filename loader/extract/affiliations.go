package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/talkgraph/talkgraph/loader/document"
	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// readAffiliations reads the organizations the people of a sentence work for:
//
//	stated:  "X from Y", "Y's X", "X (Y)", "X of Y", "X at Y", "Y, X as our guest speaker",
//	         "Head of Developer Relations at Y, X ...", "X, a principal engineer at Y"
//	implied: "our very own X" (the post's organization), "his company Y", "what it took for Y
//	         to create its own ...", "how Snowplow is used at Y" in X's talk.
func (x *extraction) readAffiliations(s *sentence) {
	refs := x.names(s)
	paren := parenMask(s.tokens)
	toks := s.tokens
	// inList[i]: name i follows name i-1 in a list ("X, Z and W"); listEnd[i]: the token after
	// the list that name i starts or is in
	inList := make([]bool, len(refs))
	listEnd := make([]int, len(refs))
	for i := len(refs) - 1; i >= 0; i-- {
		inList[i] = i > 0 && refs[i].pron == notPronoun && joined(toks, refs[i-1].end, refs[i].start)
		listEnd[i] = refs[i].end
		if i+1 < len(refs) && inList[i+1] {
			listEnd[i] = listEnd[i+1]
		}
	}
	for ri, r := range refs {
		if r.pron != notPronoun {
			continue
		}
		p := x.lookupPerson(r.text)
		// ("an architect at Globex Power": a name after "at" whose first word is no given
		// name is where someone works, no person)
		if p == nil && !r.single && x.looksLikeName(r.text) && !(r.start > 0 && (toks[r.start-1].is("at", "for") || toks[r.start-1].text() == "@") && !givennames.Is(firstWord(r.text))) {
			p = x.personFor(r.text)
		}
		if p != nil && !r.single && !p.knows(r.text) && variantOf(p.name, r.text) {
			x.alias(p, r.text) // a misspelling of someone named before
		}
		if p == nil {
			continue
		}
		ev := Evidence{Sentence: s.text, Confidence: 0.9}
		x.cardAffiliation(s, r, p)
		// "X co-founder of Y", "X, Lead Engineer at Y" read as a role right after the name
		if k := r.end; k < len(toks) && roleWords[toks[k].lower()] && !paren[k] {
			if org := x.roleAt(s, k, len(toks)); org != "" {
				p.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.8})
			}
		}
		// "X from Y", "X of Y", "X at Y", "X and Z from Y": the first name of a list reads the
		// list (and gives the company to all); the names after it only find its end, so a
		// long list costs no square of its length
		group := []*person{p}
		// a list that an organization's name opens ("Initech, Ana Lima and Bo Chen") starts at
		// its first person
		heads := !inList[ri] || refs[ri-1].pron != notPronoun || x.lookupPerson(refs[ri-1].text) == nil
		if heads {
			for j := ri + 1; j < len(refs) && inList[j]; j++ {
				if q := x.lookupPerson(refs[j].text); q != nil {
					group = append(group, q)
				}
			}
		}
		k := listEnd[ri]
		if k < len(toks) && toks[k].text() == "(" {
			// "X (Y)": a short parenthetical organization
			// "X (@handle)" and "X (linked to a profile)" name the person again, not a company
			handle := k+1 < len(toks) && (strings.HasPrefix(toks[k+1].text(), "@") || toks[k+1].link >= 0 && isProfileLink(s.links[toks[k+1].link].Href))
			if o, ok := x.orgAt(s, k+1); ok && !handle && o.end < len(toks) && toks[o.end].text() == ")" && !x.looksLikeName(o.name) {
				for _, q := range group {
					q.addCompany(x.companyName(o.name), ev)
				}
			} else if org := x.parenRoleOrg(s, k+1); org != "" && !handle {
				for _, q := range group {
					q.addCompany(org, ev)
				}
			}
			for k < len(toks) && toks[k].text() != ")" {
				k++
			}
			k++
		}
		if k < len(toks) && fromWord(toks[k]) && !paren[k] {
			if o, ok := x.orgAt(s, k+1); ok && !x.isPersonText(o.name) {
				for _, q := range group {
					q.addCompany(x.companyName(o.name), ev)
				}
			}
		}
		// "X works at Y", "X is working for Y"
		if k := r.end; k+1 < len(toks) && toks[k].is("works", "worked", "working") || k+2 < len(toks) && toks[k].is("is", "was") && toks[k+1].is("working") {
			if toks[k].is("is", "was") {
				k++
			}
			if k+1 < len(toks) && toks[k+1].is("at", "for") {
				if o, ok := x.orgAt(s, k+2); ok {
					if org := x.employer(o.name); org != "" {
						for _, q := range group {
							q.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.8})
						}
					}
				}
			}
		}
		// "Initech developer advocate X", "Globex's co-founder X": a role before the name, and
		// its organization before the role
		if org := x.roleBeforeName(s, r.start); org != "" {
			for _, q := range group {
				q.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.75})
			}
		}
		// "Y's X", "Y's X and Z"
		if r.start >= 2 && (toks[r.start-1].text() == "'s" || toks[r.start-1].text() == "’s") {
			if name := x.possessor(s, r.start-1); name != "" {
				for _, q := range group {
					q.addCompany(x.companyName(name), ev)
				}
			}
		}
		// "Initech, Ana Lima as our guest speaker": a company, then the person
		if r.start >= 2 && toks[r.start-1].text() == "," {
			j := r.start - 2
			for j > 0 && orgWord(toks[j-1]) {
				j--
			}
			name := s.text[toks[j].start:toks[r.start-2].end]
			if (knownCompanies[strings.ToLower(name)] || x.orgs[strings.ToLower(name)]) && (j == 0 || toks[j-1].is("have", "had", "with", "welcomed", "featuring")) {
				p.addCompany(x.companyName(name), Evidence{Sentence: s.text, Confidence: 0.7})
			}
		}
		// appositives: "ROLE at Y, X" before and "X, a ROLE at Y," or "X - the founder of Y -" after
		if org := x.groupFrom(s, r.start); org != "" && heads {
			for _, q := range group {
				q.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.75})
			}
		}
		if org := x.roleOrgBefore(s, r.start); org != "" {
			// "The platform team at Initech, Ana Lima and Bo Chen, ...": the whole list
			for _, q := range group {
				q.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.8})
			}
		}
		if r.end < len(toks) && (toks[r.end].text() == "," || isDash(toks[r.end].text())) {
			end := r.end + 1
			for end < len(toks) && toks[end].text() != toks[r.end].text() && toks[end].text() != "." && toks[end].text() != ";" {
				end++
			}
			if end-r.end <= 14 && end < len(toks) {
				org := x.appositiveOrg(s, r.end+1, end)
				if org == "" && toks[r.end+1].is("who", "currently") {
					// "Ana Lima, who works for Initech, ...", "Ana Lima, who is a lead at Initech"
					org = x.employmentIn(s, r.end+1, end)
				}
				if org != "" {
					p.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.75})
				}
			}
		}
		// "our very own X": the post's organization
		if x.ourOwn(s, r.start) {
			if org := x.authorOrg(); org != "" {
				p.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.7})
			}
		}
	}
	x.bioAffiliation(s, refs)
	x.impliedAffiliations(s)
	x.hostsOwnOffice(s)
}

// affiliationLabel is a line that labels where a section's speaker works: "Speaker
// affiliation: Initech, Senior Architect", "Company: Initech", "Employer: Initech".
var affiliationLabel = regexp.MustCompile(`(?i)^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:speaker'?s?\s+)?(?:affiliation|company|employer|organi[sz]ation)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+)$`)

// readAffiliationLabels gives the one speaker of a section's talks the company its labelled
// line names ("# Ana Lima" over "- Talk title: Quiet Queues" and "- Affiliation: Initech,
// Senior Architect"). A section whose talks have several speakers says nothing of whose it is.
func (x *extraction) readAffiliationLabels() {
	for _, b := range x.doc.Blocks {
		if b.Kind != document.ListItem && b.Kind != document.Paragraph {
			continue
		}
		m := affiliationLabel.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		name, _, _ := strings.Cut(m[1], ",")
		name, _, _ = strings.Cut(name, " (")
		name = strings.Trim(strings.TrimSpace(name), "*_")
		if name == "" || len(strings.Fields(name)) > 5 || roleText(name) || x.isLocation(name) || !x.acceptOrg(name) {
			continue
		}
		if who := x.sectionSpeaker(b.Section); who != nil {
			who.addCompany(x.companyName(name), Evidence{Sentence: b.Text, Confidence: 0.8})
		}
	}
}

// sectionSpeaker is the one person who speaks in the talks read from a section's blocks, or
// nil when they have none or several.
func (x *extraction) sectionSpeaker(section int) *person {
	var who *person
	for _, t := range x.talks {
		if t.block < 0 || int(t.block) >= len(x.doc.Blocks) || x.doc.Blocks[t.block].Section != section {
			continue
		}
		for _, p := range t.speakers {
			if who != nil && who != p {
				return nil
			}
			who = p
		}
	}
	return who
}

// hostsOwnOffice reads "we were glad to host the meetup at the Initech offices":
// someone who hosts a meetup at a company's offices works there.
func (x *extraction) hostsOwnOffice(s *sentence) {
	if !firstPersonSubject(s) || x.author == "" {
		return
	}
	lower := s.lowerText()
	if !strings.Contains(lower, "hosting") && !strings.Contains(lower, "hosted") {
		return
	}
	if org, ev := x.officesOf(s); org != "" {
		p := x.personFor(x.authorName())
		p.addCompany(org, Evidence{Sentence: s.text, Confidence: 0.6 * ev.Confidence / 0.8})
	}
}

// isPersonText reports whether a phrase is a person's name the post uses.
func (x *extraction) isPersonText(s string) bool {
	return x.lookupPerson(s) != nil && x.looksLikeName(s)
}

// companyName is an organization's name as the graph keeps it: a link the post gives keeps its
// text ("The Culture Trip"); written names drop team and place words ("Google NY" is
// "Google", "the Docker core team" is "Docker").
func (x *extraction) companyName(name string) string {
	name = strings.TrimSpace(name)
	words := strings.Fields(name)
	for len(words) > 1 {
		last := words[len(words)-1]
		_, city := gazetteer.Lookup(last)
		_, region := gazetteer.Region(last)
		if (city || region) && strings.ToUpper(last) == last || isTech(last) && !knownCompanies[strings.ToLower(last)] {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	return strings.Join(words, " ")
}

// possessor reads the organization before a possessive 's at token i: "SDU's", "The Culture
// Trip's" (a link's whole text).
func (x *extraction) possessor(s *sentence, i int) string {
	toks := s.tokens
	if i == 0 {
		return ""
	}
	prev := toks[i-1]
	if prev.link >= 0 {
		l := s.links[prev.link]
		name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s.text[l.Start:l.End], "'s"), "’s"))
		if x.acceptOrg(name) && !x.looksLikeName(name) {
			return name
		}
		return ""
	}
	j := i - 1
	for j > 0 && orgWord(toks[j-1]) {
		j--
	}
	if !orgWord(toks[j]) {
		return ""
	}
	name := s.text[toks[j].start:toks[i-1].end]
	if x.looksLikeName(name) || !x.acceptOrg(name) || x.lookupPerson(name) != nil {
		return ""
	}
	return name
}

// roleBeforeName reads the organization of a role written right before a person's name,
// with no comma: "Initech developer advocate Ana Lima", "Umbrella Corp CTO Ana Lima", "Globex's
// co-founder Ana Lima". The role is one to four words of a job title, one of them a role's
// head; the organization is the capitalized words (or the possessive) right before it.
func (x *extraction) roleBeforeName(s *sentence, start int) string {
	toks := s.tokens
	j, head := start-1, false
	for ; j >= 0 && start-j <= 4; j-- {
		t := toks[j]
		if !t.word {
			break
		}
		l := t.lower()
		if roleWords[l] || roleHeads[l] || extraRoleWords[l] && !t.is("independent", "freelance", "freelancer", "tech", "technical", "product", "marketing") {
			head = head || !roleModifiers[l] || roleHeads[l]
			continue
		}
		if roleModifiers[l] || jobWords[l] || departments[l] {
			continue
		}
		break
	}
	if !head || j < 0 || j == start-1 {
		return ""
	}
	if toks[j].text() == "'s" || toks[j].text() == "’s" {
		return x.possessor(s, j) // "Globex's co-founder Ana Lima"
	}
	if !orgWord(toks[j]) || toks[j].link >= 0 && isProfileLink(s.links[toks[j].link].Href) || isTech(toks[j].text()) && !knownCompanies[toks[j].lower()] {
		return "" // ("Longtime Go developer Ana Lima": the technology she develops in)
	}
	k := j
	for k > 0 && k > j-3 && orgWord(toks[k-1]) {
		k--
	}
	name := s.text[toks[k].start:toks[j].end]
	if k == 0 && strings.Count(name, " ") == 0 && determiners[strings.ToLower(name)] || x.looksLikeName(name) || x.lookupPerson(name) != nil || x.isLocation(name) || !x.acceptOrg(name) {
		return ""
	}
	if lower := strings.ToLower(name); !strings.Contains(name, " ") && !x.orgs[lower] && !knownCompanies[lower] && (adjectiveLike(lower) || personAdjectives[lower]) {
		return "" // "Estonian software engineer Ana Lima", "Veteran engineer Ana Lima": a word of her, not a company
	}
	return x.employer(name)
}

// personAdjectives describe a person before their role: "Veteran engineer Ana Lima".
var personAdjectives = set(`veteran longtime long-time former seasoned experienced local fellow renowned famous
independent freelance legendary prolific young talented brilliant`)

// adjectiveLike reports a capitalized word shaped like an adjective of nationality or kind:
// "Estonian", "Japanese", "Polish", "Veteran".
func adjectiveLike(lower string) bool {
	for _, end := range []string{"ian", "ean", "ese", "ish", "ic", "an"} {
		if strings.HasSuffix(lower, end) && len(lower) > len(end)+2 {
			return true
		}
	}
	return false
}

// roleOrgBefore reads "Head of Developer Relations at JFrog, X": a role at an organization,
// then a comma, right before a person.
func (x *extraction) roleOrgBefore(s *sentence, start int) string {
	toks := s.tokens
	if start < 3 || toks[start-1].text() != "," {
		return ""
	}
	// find "at|of|for ORG" ending right before the comma
	for k := start - 2; k >= 1 && k >= start-6; k-- {
		if toks[k].is("at", "for") {
			o, ok := x.orgAt(s, k+1)
			if !ok || o.end != start-1 {
				return ""
			}
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if roleWords[toks[j].lower()] || toks[j].is("Head", "Director", "VP", "Manager") {
					return x.companyName(o.name)
				}
			}
			return ""
		}
	}
	return ""
}

// ourOwn reports "our very own X", "our own X".
func (x *extraction) ourOwn(s *sentence, start int) bool {
	// lower-casing maps rune by rune, so the words before start are a prefix of the sentence
	// in lower case: a sentence without the phrase is answered without cutting a prefix
	if m := s.memoized(); !m.ourOwnDone {
		all := s.lowerText()
		m.ourOwn, m.ourOwnDone = strings.Contains(all, "our own") || strings.Contains(all, "our very own"), true
	}
	if !s.memo.ourOwn {
		return false
	}
	lower := strings.ToLower(s.text[:s.tokens[start].start])
	i := strings.LastIndex(lower, "our very own")
	if i < 0 {
		i = strings.LastIndex(lower, "our own")
	}
	return i >= 0 && len(lower)-i < 60
}

// authorOrg is the post's author when it is an organization (a company blog), else "".
func (x *extraction) authorOrg() string {
	if x.author == "" || strings.Contains(x.author, " ") || looksLikeHandle(x.author) && !x.orgs[strings.ToLower(x.author)] && !hasInnerCapital(x.author) {
		return ""
	}
	return x.author
}

func hasInnerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// appositiveOrg reads the organization a description of a person names as their employer:
// "a principal engineer at Aerospike", "the founder of Aerospike", "a member of the Docker core
// team", "the Google NYC Go team lead", "a DigitalOcean engineer". Projects written in lower
// case ("the founder of jclouds") and technologies ("the Go team") are not employers.
func (x *extraction) appositiveOrg(s *sentence, from, to int) string {
	toks := s.tokens
	to = min(to, len(toks))
	role := false
	for k := from; k < to; k++ {
		t := toks[k]
		// "ROLE at|of ORG", "ROLE @ ORG", "ROLE with ORG"
		if roleWords[t.lower()] && k+1 < to && (toks[k+1].is("at", "of", "for", "with") || toks[k+1].text() == "@") {
			if o, ok := x.orgAt(s, k+2); ok && !(toks[k+1].is("of") && o.end < to && (toks[o.end].is("at", "with") || toks[o.end].text() == "@")) {
				// ("Head of Partner Programs at Globex": the department, then the employer)
				if name := x.employer(o.name); name != "" {
					return name
				}
			}
		}
		// "Head of Developer Relations at ORG", "VP of Engineering at ORG": the department
		// belongs to the role, the organization follows "at"
		role = role || roleWords[t.lower()] || roleHeads[t.lower()]
		if role && k > from && (t.is("at", "with") || t.text() == "@") {
			if o, ok := x.orgAt(s, k+1); ok {
				if name := x.employer(o.name); name != "" {
					return name
				}
			}
		}
		// "ORG's ROLE": "Initech's COO", "Globex's head of platform"
		if k == from+1 && (t.text() == "'s" || t.text() == "’s") || k > from && k+1 < to && (t.text() == "'s" || t.text() == "’s") && orgWord(toks[k-1]) {
			n := ""
			if k+1 < to {
				n = toks[k+1].lower()
				if k+2 < to && (n == "former" || n == "current" || n == "new") {
					n = toks[k+2].lower() // "Umbrella's former CTO"
				}
			}
			if roleWords[n] || roleHeads[n] || jobWords[n] || roleModifiers[n] || n == "cio" || n == "cpo" || n == "cmo" || n == "svp" || n == "evp" {
				if name := x.possessor(s, k); name != "" {
					if e := x.employer(name); e != "" {
						return e
					}
				}
			}
		}
		// "a|the ORG ... ROLE"
		if t.is("a", "an", "the") && k+1 < to {
			if o, ok := x.orgAt(s, k+1); ok && !toks[k+1].is("the") {
				for j := o.end; j < to && j <= o.end+3; j++ {
					if roleWords[toks[j].lower()] {
						if name := x.employer(o.name); name != "" {
							return name
						}
					}
					if !toks[j].word {
						break
					}
				}
			}
		}
	}
	return ""
}

// employer cleans an organization named in a role and rejects technologies and places.
func (x *extraction) employer(name string) string {
	name = x.companyName(name)
	lower := strings.ToLower(name)
	if lower == "" || isTech(name) && !knownCompanies[lower] && !x.orgs[lower] || !x.acceptOrg(name) {
		return ""
	}
	if last := strings.ToLower(lastWord(name)); headingEventWords[last] || eventWords[last] && last != "group" || gluedEventName(lastWord(name)) || x.isEventName(name) {
		return "" // "a guest lecturer at Queueconf", "an instructor at Harbour Week": an event
	}
	return name
}

// impliedAffiliations reads organizations a speaker's talk implies they work for: "his company
// Abiquo", "what it took for Initech to build its own scheduler", "how Snowplow is used at
// Viewbix", "experimentation metrics at Spotify", "how they've employed Snowplow at Picnic".
func (x *extraction) impliedAffiliations(s *sentence) {
	t := x.lastTalk
	if t == nil || len(t.speakers) == 0 || x.lastTalkBlock != s.block {
		return
	}
	toks := s.tokens
	ev := Evidence{Sentence: s.text, Confidence: 0.6}
	// the speakers the sentence names, else the talk's one speaker: a talk of several speakers
	// implies nothing about the ones the sentence does not name
	targets := t.speakers
	var named []*person
	for _, r := range x.names(s) {
		if p := x.personNamed(r); p != nil && r.pron == notPronoun && slices.Contains(t.speakers, p) && !slices.Contains(named, p) {
			named = append(named, p)
		}
	}
	switch {
	case len(named) > 0:
		targets = named
	case len(t.speakers) > 1:
		targets = nil
	}
	add := func(name string) {
		name = x.preferLinked(s, name)
		if name == "" || x.lookupPerson(name) != nil {
			return
		}
		for _, p := range targets {
			if len(p.companies) == 0 {
				p.addCompany(name, ev)
			}
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		switch {
		case toks[k].is("his", "her", "their") && toks[k+1].is("company", "startup", "employer", "team"):
			if o, ok := x.orgAt(s, k+2); ok {
				add(x.employer(o.name))
			}
		case toks[k].is("for") && k+2 < len(toks) && toks[k+1].cap:
			// "for Shopify to create its own ..."
			if o, ok := x.orgAt(s, k+1); ok && o.end+1 < len(toks) && toks[o.end].is("to") && strings.Contains(strings.ToLower(s.text[toks[o.end].start:]), " its own") {
				add(x.employer(o.name))
			}
		case toks[k].is("at") && toks[k+1].cap && usedBefore(toks, k):
			if o, ok := x.orgAt(s, k+1); ok {
				add(x.employer(o.name))
			}
		}
	}
}

// usedBefore reports whether a verb of using stands shortly before token k: "is used at",
// "the usage of Postgres for billing reports at".
func usedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		if toks[j].is("used", "uses", "use", "using", "usage", "employed", "employs", "adopted", "runs", "deployed") {
			return true
		}
		if toks[j].text() == "." || toks[j].text() == ";" {
			return false
		}
	}
	return false
}

// preferLinked returns the post's linked spelling of an organization when it is a longer form
// of name ("Picnic" is linked as "Picnic.nl").
func (x *extraction) preferLinked(s *sentence, name string) string {
	if name == "" {
		return ""
	}
	key := strings.ToLower(name)
	for o := range x.orgs {
		if o != key && strings.HasPrefix(o, key) && len(o) <= len(key)+4 && !strings.Contains(o[len(key):], " ") {
			return x.linkedSpelling(o)
		}
	}
	return name
}

// linkedSpelling returns a linked organization's text as the post writes it.
func (x *extraction) linkedSpelling(lower string) string {
	for _, b := range x.doc.Blocks {
		for _, l := range b.Links {
			text := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(b.LinkText(l)), "'s"), "’s")
			if strings.ToLower(text) == lower {
				return text
			}
		}
	}
	return lower
}

// readHosts reads who hosted events:
//
//	"thanks to Initech for hosting us in Porto and Braga, Umbrella in Lisbon"
//	"It was hosted at the Initech office", "hosted by Acme"
//	"the event at the cosy Harbour Loft", "we convened at the CodeNode venue",
//	"the newest meetup organised at Initech in Porto", "meetup at @RevolutApp"
//	"X from Delivery Hero ... they want to host a meetup ... in their HQ"
//	"thanks to Initech for the space", "to Umbrella for providing the venue"
//
// Sponsors, caterers and passing mentions are not hosts.
func (x *extraction) readHosts(s *sentence) {
	toks := s.tokens
	ev := &Evidence{Sentence: s.text, Confidence: 0.85}
	if k := hostLabelEnd(toks); k > 0 {
		// "Venue sponsor: Northwind", "Hosted by: Northwind"
		if o, ok := x.orgAt(s, k); ok && !x.isPersonText(o.name) {
			x.setHost(s, o, ev)
		}
		return
	}
	lower := s.lowerText()
	if strings.Contains(lower, "sponsor") && !strings.Contains(lower, "host") && !hasWord(s, venueNouns) {
		return
	}
	if o, ok := x.hostPhrase(s); ok && !x.looksLikeName(o.name) && !isTech(o.name) {
		// a person named so is the evening's MC, and a technology houses no one
		x.setHost(s, o, ev)
		return
	}
	for k, t := range toks {
		switch {
		case t.is("hosting", "hosted", "having") && k > 0 && toks[k-1].is("for", "having") && (!t.is("having") || k+1 < len(toks) && toks[k+1].is("us")):
			x.hostList(s, k, ev)
			return
		case t.is("venue", "space", "premises", "room", "location", "hospitality") && strings.Contains(lower, "thank"):
			// "Thanks to Initech for the space", "to Umbrella for providing the venue"
			for j := k - 1; j >= 1 && j >= k-4; j-- {
				if toks[j].is("for") {
					x.hostList(s, j+1, ev)
					return
				}
				if !toks[j].word {
					break
				}
			}
		case hostsUs(toks, k):
			// "Northwind (kindly) hosted us", "Northwind will welcome us in their offices": the
			// organization before the verb
			j := k - 1
			for j > 0 && adverbs[toks[j].lower()] || j > 0 && toks[j].is("kindly", "graciously", "generously", "again", "will", "is", "are", "be", "once", "(", ")", "!") {
				j--
			}
			// "the offices of Initech, who kindly hosted us"
			if j > 1 && toks[j].is("who", "which", "that") {
				j--
				if toks[j].text() == "," {
					j--
				}
				if j > 2 && toks[j].text() == ")" && toks[j-2].text() == "(" && acronym(toks[j-1].text()) {
					j -= 3 // "Hooli Cloud Services (HCS), who": the name's short form
				}
			}
			e := j + 1
			for j >= 0 && (orgWord(toks[j]) || toks[j].link >= 0) {
				j--
			}
			if j+1 < e {
				if o, ok := x.orgAt(s, j+1); ok && !x.isPersonText(o.name) {
					x.setHost(s, o, ev)
					return
				}
			}
		case t.is("hosted") && k+1 < len(toks) && toks[k+1].is("at", "by"):
			// "hosted by Northwind", "hosted at the offices of Northwind", "hosted by the lovely
			// people at Northwind"
			if o, ok := x.orgAt(s, afterVenueWords(toks, k+2)); ok {
				x.setHost(s, o, ev)
				return
			}
		case t.is("host") && k > 0 && toks[k-1].is("to") && !strings.Contains(lower, "thank"):
			// "... from Delivery Hero ... want to host a meetup"
			for j := 0; j < k; j++ {
				if toks[j].is("from") {
					if o, ok := x.orgAt(s, j+1); ok {
						x.setHost(s, o, &Evidence{Sentence: s.text, Confidence: 0.7})
						return
					}
				}
			}
		case t.is("at") && k+1 < len(toks) && venueContext(toks, k):
			j := afterVenueWords(toks, k+1)
			if o, ok := x.orgAt(s, j); ok && !x.isPersonText(o.name) {
				x.setHost(s, o, ev)
				return
			}
		}
	}
}

// venueNouns name the room an organization gives a meetup.
var venueNouns = set(`venue space room location premises hall`)

// venueAdjectives praise a venue or its people before their name: "the lovely folks at".
var venueAdjectives = set(`the lovely beautiful new amazing awesome great fantastic wonderful cosy cozy spacious
brand kind friendly generous`)

// afterVenueWords skips, from token j, the words before the organization a sentence says housed
// an event: "the lovely", "the offices of", "the people at", "the team from".
func afterVenueWords(toks []token, j int) int {
	for j < len(toks) && venueAdjectives[toks[j].lower()] {
		j++
	}
	if j+1 < len(toks) && toks[j].is("offices", "office", "premises", "headquarters", "hq", "people", "folks", "folk", "team", "crew", "staff") && toks[j+1].is("of", "at", "from") {
		j += 2
		for j < len(toks) && toks[j].is("the") {
			j++
		}
	}
	return j
}

// hostPhrase reads the organization a sentence says housed the event in a set phrase:
// "Northwind (generously) provided the space", "the venue was provided by Northwind", "Northwind
// opened their doors for us", "our host was Northwind", "Northwind was our host", "thanks to
// our hosts Northwind", "Northwind sponsored the venue".
func (x *extraction) hostPhrase(s *sentence) (orgRef, bool) {
	toks := s.tokens
	before := func(k int) (orgRef, bool) {
		// the organization that ends right before token k, over adverbs
		j := k - 1
		for j > 0 && (adverbs[toks[j].lower()] || toks[j].is("kindly", "graciously", "generously", "again", "also", "once")) {
			j--
		}
		e := j + 1
		for j >= 0 && (orgWord(toks[j]) || toks[j].link >= 0) {
			j--
		}
		if j+1 >= e {
			return orgRef{}, false
		}
		o, ok := x.orgAt(s, j+1)
		if !ok || o.end != e || x.isPersonText(o.name) {
			return orgRef{}, false
		}
		return o, true
	}
	for k, t := range toks {
		next := func(n int) token {
			if k+n < len(toks) {
				return toks[k+n]
			}
			return token{}
		}
		switch {
		case t.is("provided", "provides", "offered", "offers", "sponsored", "sponsors"):
			if next(1).is("by") && hasVenueNoun(toks[:k]) {
				if o, ok := x.orgAt(s, k+2); ok && !x.isPersonText(o.name) {
					return o, true
				}
				continue
			}
			j := k + 1
			for j < len(toks) && j <= k+3 && toks[j].is("us", "with", "the", "their", "its", "a", "our", "this") {
				j++
			}
			if j < len(toks) && venueNouns[toks[j].lower()] {
				if o, ok := before(k); ok {
					return o, true
				}
			}
		case t.is("opened", "opens") && next(1).is("their", "its", "the") && next(2).is("doors", "door", "office", "offices"):
			if o, ok := before(k); ok {
				return o, true
			}
		case t.is("host", "hosts") && k > 0 && toks[k-1].is("our"):
			// "Northwind was our host", "Northwind were our hosts"
			if k > 1 && toks[k-2].is("was", "were", "is", "are") {
				if o, ok := before(k - 2); ok {
					return o, true
				}
			}
			// "our host for the evening was Northwind", "our hosts Northwind", "our hosts, Northwind,"
			j := k + 1
			for j < len(toks) && j <= k+5 && !toks[j].is("was", "were", "is", "are") && !toks[j].cap && toks[j].link < 0 {
				j++
			}
			if j < len(toks) && toks[j].is("was", "were", "is", "are") {
				j++
			}
			if j == k+1 && j < len(toks) && toks[j].text() == "," {
				j++
			}
			if o, ok := x.orgAt(s, j); ok && !x.isPersonText(o.name) {
				return o, true
			}
		}
	}
	return orgRef{}, false
}

// hasVenueNoun reports whether tokens name the room an organization gave: "the venue", "the
// space".
func hasVenueNoun(toks []token) bool {
	for _, t := range toks {
		if venueNouns[t.lower()] {
			return true
		}
	}
	return false
}

// hostsUs reports whether token k is a verb of housing the group: "hosted us", "hosted the
// meetup", "hosts us", "will host us", "is hosting us", "welcomed us", "will welcome us".
func hostsUs(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	t, next := toks[k], toks[k+1]
	switch {
	case t.is("hosted"):
		if next.is("and") && k+3 < len(toks) && strings.HasSuffix(toks[k+2].lower(), "ed") {
			next = toks[k+3] // "hosted and catered our evening"
		}
		return next.is("us", "the", "our", "this")
	case t.is("hosts", "welcomed", "welcomes"):
		return next.is("us")
	case t.is("host", "welcome"):
		return next.is("us") && toks[k-1].is("will", "kindly", "graciously", "generously")
	case t.is("hosting", "welcoming"):
		return next.is("us") && k > 1 && toks[k-1].is("is", "are", "be", "kindly")
	}
	return false
}

// hostLabels are the labels of a line that names who housed an event.
var hostLabels = set(`venue-sponsor venue-partner venue-host host hosts hosted-by host-company hosting-partner
hosting-sponsor venue-provided-by space-provided-by location-sponsor`)

// hostLabelEnd returns the token after "LABEL:" when a sentence opens with a host label, else
// 0.
func hostLabelEnd(toks []token) int {
	var words []string
	for k, t := range toks {
		switch {
		case t.text() == ":":
			if len(words) > 0 && hostLabels[strings.Join(words, "-")] && k+1 < len(toks) {
				return k + 1
			}
			return 0
		case t.word && len(words) < 3:
			words = append(words, t.lower())
		case t.word || k > 4:
			return 0
		}
	}
	return 0
}

// venueContext reports whether "at" (token k) places an event: an event word, "convened",
// "organised" or "held" shortly before it.
func venueContext(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		l := toks[j].lower()
		if l == "party" || l == "dinner" || l == "drinks" || l == "afterparty" {
			return false // "our party at Gather, the bar of ...": a room, not the host
		}
		if eventWords[l] || l == "convened" || l == "organised" || l == "organized" || l == "held" || l == "gathered" || l == "met" {
			return true
		}
	}
	// "will take place on Friday, April 12th, at the Quillworks Space": a date may stand
	// between where an event takes place and the place
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		if toks[j].is("place") && toks[j-1].is("take", "takes", "took", "taking") || toks[j].is("held", "happen", "happens", "happening") {
			return true // "will happen on March 20 at the Initech office"
		}
		if toks[j].is("at", "by", "with") {
			return false
		}
	}
	return false
}

// setHost makes an organization the host of the event a sentence is about: the event in a city
// the sentence names, else the paragraph's, section's or post's event.
func (x *extraction) setHost(s *sentence, o orgRef, ev *Evidence) {
	name := x.companyName(o.name)
	var events []*event
	for _, c := range x.cities(s) {
		if c.start > o.start {
			events = append(events, x.eventFor(&c, "", ""))
			x.paraEvents = events
			break
		}
	}
	if len(events) == 0 {
		events = x.contextEvents(s)
	}
	if len(events) == 0 {
		// "Thanks to Initech for hosting us" before the post has placed its event: kept for
		// the event the post places later (see placeHosts)
		x.pendingHosts = append(x.pendingHosts, pendingHost{name: name, ev: ev, section: int(s.section)})
		return
	}
	for _, e := range events {
		if e.host == "" {
			e.host, e.hostEv = name, ev
		}
	}
}

// hostList reads "ORG for hosting us in A and B, ORG2 in C, and ORG3 in D" from the verb at k.
func (x *extraction) hostList(s *sentence, k int, ev *Evidence) {
	toks := s.tokens
	// the first host is the organization before "for"
	j := k - 1
	for j > 0 && toks[j].is("for", "having") {
		j--
	}
	end := j + 1
	for j > 0 && (orgWord(toks[j-1]) || toks[j-1].link >= 0 && toks[j-1].link == toks[j].link) {
		j--
	}
	if !orgWord(toks[j]) && toks[j].link < 0 {
		return
	}
	host := strings.TrimSpace(s.text[toks[j].start:toks[end-1].end])
	if !x.hasCityAfter(s, k) {
		// "Thanks to Northwind for hosting us!": the event the text is about
		x.setHost(s, orgRef{name: host, start: j, end: end}, ev)
		return
	}
	i := k + 1
	for i < len(toks) {
		// cities for the current host
		var cities []cityRef
		for i < len(toks) {
			if c, ok := x.cityAt(s, i); ok {
				cities = append(cities, c)
				i = c.end
				continue
			}
			if toks[i].is("in", "us", "and", "at") || toks[i].text() == "," && i+1 < len(toks) && x.isCityAt(s, i+1) {
				i++
				continue
			}
			break
		}
		for ci := range cities {
			e := x.eventFor(&cities[ci], "", "")
			if e.host == "" {
				e.host, e.hostEv = x.companyName(host), ev
			}
		}
		// next "ORG in CITY"
		for i < len(toks) && (toks[i].text() == "," || toks[i].is("and")) {
			i++
		}
		if i >= len(toks) {
			return
		}
		o, ok := x.orgAt(s, i)
		if !ok || o.end >= len(toks) || !toks[o.end].is("in") {
			return
		}
		host = o.name
		i = o.end
	}
}

// hasCityAfter reports whether a city is named after token k.
func (x *extraction) hasCityAfter(s *sentence, k int) bool {
	for _, c := range x.cities(s) {
		if c.start > k {
			return true
		}
	}
	return false
}

func (x *extraction) isCityAt(s *sentence, i int) bool {
	_, ok := x.cityAt(s, i)
	return ok
}

// pendingHost is a host a sentence named before any event it could host was known.
type pendingHost struct {
	name    string
	ev      *Evidence
	section int
}

// placeHosts gives each host read before its event to the event the host's section is about,
// else to the post's event, else to the post's only event, when that event has no host yet.
// A host of a post with several events and no section event stays unplaced, and so does a host
// named in one section when the post's only event is another section's ("## Talk at an online
// meetup" over "hosted by Northwind", then "## Talk at a conference in Porto").
func (x *extraction) placeHosts() {
	for _, h := range x.pendingHosts {
		events := x.sectionEvs[h.section]
		if len(events) == 0 {
			events = x.postEvents
		}
		if len(events) == 0 && len(x.events) == 1 && !x.otherSectionsEvent(x.events[0], h.section) {
			events = x.events
		}
		for _, e := range events {
			if e.host == "" {
				e.host, e.hostEv = h.name, h.ev
			}
		}
	}
}

// otherSectionsEvent reports whether e is the event of a section that neither holds section sec
// nor is held by it: a heading of its own, elsewhere in the post. Text before the first heading
// (sec < 0) speaks for the whole post.
func (x *extraction) otherSectionsEvent(e *event, sec int) bool {
	if sec < 0 {
		return false
	}
	for h, evs := range x.sectionEvs {
		if h == sec || !slices.Contains(evs, e) {
			continue
		}
		if !x.sectionHolds(h, sec) && !x.sectionHolds(sec, h) {
			return true
		}
	}
	return false
}

// sectionHolds reports whether the section under heading outer holds the section under heading
// inner: inner comes after outer with no heading of outer's level or higher between them.
func (x *extraction) sectionHolds(outer, inner int) bool {
	if inner < outer {
		return false
	}
	level := x.doc.Blocks[outer].Level
	for i := outer + 1; i <= inner; i++ {
		if b := x.doc.Blocks[i]; b.Kind == document.Heading && b.Level <= level {
			return false
		}
	}
	return true
}

// A company's engineering blog tells of its own people's talks: "We've had a busy year at
// Initech. Our engineers gave talks in Porto, Tartu and Oslo this spring", by "Initech Engineering".
// The speakers it lists work there, unless the post names another employer for them.

// blogAuthorOrg is an author field that names a company's blog or team: "Initech Tech",
// "Initech Engineering".
var blogAuthorOrg = regexp.MustCompile(`^(\p{Lu}[\w&.\-]*(?: \p{Lu}[\w&.\-]*){0,2}) (?:Tech|Technology|Engineering|Engineers|Developers|Dev Team|Tech Team|Blog|Labs)$`)

// ourPeople is the writers speaking of their colleagues: "our folks", "our engineers", "our
// amazing Care team".
var ourPeople = guard(regexp.MustCompile(`(?i)\bour (?:\w+ ){0,2}(?:folks|teams?|engineers|people|colleagues|developers|staff|employees|engineering)\b`),
	"our ")

// atOrgWe is the writers placing themselves at a company: "a busy year at Initech", "here at
// Initech we".
var atOrgWe = regexp.MustCompile(`\b(?:at|here at) (\p{Lu}[\w&.\-]*(?: \p{Lu}[\w&.\-]*){0,2})\b`)

// occasionSentences is how many sentences of an opening paragraph writerOrg reads.
const occasionSentences = 6

// writerOrg is the company whose blog the post is, when the post says so in its first
// paragraphs (see above), or "".
func (x *extraction) writerOrg() string {
	org := ""
	if m := blogAuthorOrg.FindStringSubmatch(x.author); m != nil {
		org = m[1]
	}
	colleagues := false
	seen := 0
	for bi := range x.blockSents {
		if x.doc.Blocks[bi].Kind != document.Paragraph {
			continue
		}
		if seen++; seen > occasionBlocks {
			break
		}
		for si, s := range x.block(bi) {
			if si >= occasionSentences {
				break // the opening of a paragraph says whose blog it is, not its whole length
			}
			if !ourPeople.MatchString(s.text) && !weWords.MatchString(strings.ToLower(s.text)) {
				continue
			}
			colleagues = colleagues || ourPeople.MatchString(s.text)
			if m := atOrgWe.FindStringSubmatch(s.text); m != nil && org == "" {
				org = m[1]
			}
		}
	}
	if !colleagues || org == "" || x.isEventName(org) || x.cityPart(org) != nil || gazetteer.IsCountry(org) || x.looksLikeName(org) && givennames.Is(firstWord(org)) {
		return ""
	}
	return org
}

// writersColleagues gives the company whose blog the post is (writerOrg) to every speaker the
// post names no employer for.
func (x *extraction) writersColleagues() {
	org := x.writerOrg()
	if org == "" {
		return
	}
	for _, t := range x.talks {
		for _, p := range t.speakers {
			if len(p.companies) == 0 {
				p.addCompany(org, Evidence{Sentence: t.ev.Sentence, Confidence: 0.6})
			}
		}
	}
}
