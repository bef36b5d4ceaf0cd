package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract/givennames"
)

// Word lists the rules consult. They hold function words and the vocabulary of talk and event
// descriptions, never names of particular people, talks or posts.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ToLower(w)] = true
	}
	return m
}

// notNameWords are capitalized words that never start or form a person's name: function
// words at the start of a sentence, calendar words, job titles, and event vocabulary.
var notNameWords = union(orgSuffixWords, set(`
a an the this that these those our we us i it its he she they his her their my your you me him them
in on at from by with for and but or nor after before next then finally also each every all some many most
last first second third fourth final once when while here there thanks thank special big great welcome
please join check watch read stay keep as if so not no yes to of being although surprisingly today
tomorrow yesterday tonight however meanwhile moreover during since until about above below over under
into onto upon via what which who whom whose where why how other another such both either neither any
none one two three four five six seven eight nine ten several few more less much very just only even
still again already soon now later early late new old next previous recent upcoming future past
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
head director manager engineer engineering developer developers relations advocate evangelist founder
cofounder co-founder ceo cto cfo coo vp president chief principal senior staff lead leader architect
consultant member members team teams group groups user users community communities meetup meetups
conference conferences summit summits party day days night talk talks session sessions workshop
workshops keynote keynotes introduction intro overview part chapter update updates news blog post posts
slides slide video videos playlist podcast agenda sponsor sponsors sponsored resources resource date time
venue rsvp lightning cloud native open source data web mobile platform foundation project projects
university college school institute city north south east west eastern western northern southern central
canadian american european british german french dutch indian chinese japanese global international
world national local q&a faq recap review demo demos panel fireside chat case study edition series
program programme schedule event events ticket tickets registration coffee lunch dinner break pizza beer
drinks networking doors opening closing remarks questions answers call paper papers cfp speaker speakers
host hosts hosted organizer organizers organiser organisers volunteer volunteers staff crew contact
about home index page pages more see also note notes read watch listen subscribe follow share like
insert picture banner image photo photos gallery
afterwards additionally unfortunately fortunately luckily sadly interestingly notably importantly
surprisingly hopefully obviously clearly naturally basically eventually ultimately overall
lastly firstly secondly thirdly similarly likewise instead otherwise indeed besides anyway
`))

// orgSuffixWords end company names ("Northwind Systems", "Tundra Data"): never a person's
// name, always part of an organization's.
var orgSuffixWords = set(`labs systems software works dynamics robotics analytics networks security
logistics health media payments energy studios foundry interactive compute solutions technologies
consulting ventures partners holdings group inc ltd llc gmbh corp data cloud institute university
foundation college studio agency bank network community collective association society council club
technology tech digital engineering services innovations games capital`)

// union returns the words of every set.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// nameParticles may stand between the words of a name: "Tamara de Heij", "Duco van Amstel".
var nameParticles = set(`de van der den von la le du da di dos das del della los las ten ter bin al in't 't st`)

// giveVerbs take a talk as their object: "gave a talk", "delivered a case study".
var giveVerbs = set(`gave give gives giving given delivered deliver delivers delivering made make makes
did do does doing held hold holds ran run runs provided provide offered offer presenting`)

// speakVerbs mean giving a talk by themselves: "spoke about", "presented 'X'".
var speakVerbs = set(`talked talking spoke speak speaks speaking discussed discuss discusses
described describe describes explained explain explains covered cover covers demoed demo demos
demonstrated demonstrates showed show shows showing showcased shared introduced introduces presented present
presents reviewed reviews related relates told tell tells walked walks took dove dived went outlined
outline outlines pitched presenting`)

// throughVerbs count as giving a talk only with "through" or "into" after them: "walked us
// through", "took us through", "dove into".
var throughVerbs = set(`walked walks took went dove dived`)

// openVerbs start, follow or end an event with a talk: "began with", "kicked off each meetup".
var openVerbs = set(`began begin begins started start starts kicked kick kicks opened open opens closed
close closes concluded conclude wrapped rounded followed follows finished ended opening closing`)

// talkNouns name a talk or something given like one.
var talkNouns = set(`talk talks presentation presentations keynote keynotes session sessions lightning
demo demos demonstration workshop workshops case study overview introduction intro recap review update
deep dive dives tutorial walkthrough walk-through tour outline lecture panel chat speech pitch
retrospective topic explanation primer rundown`)

// passiveTalkVerbs introduce a talk's speakers with "by": "delivered by", "made by".
var passiveTalkVerbs = set(`delivered given presented made opened concluded closed rounded followed
kicked started led held`)

// notHostByWords are "X by" phrases that never name speakers.
var notHostByWords = set(`hosted sponsored organized organised powered edited filmed recorded written
published photographed funded backed owned run supported provided catered inspired`)

// adverbs may stand between a speaker and the verb: "then presented", "also gave".
var adverbs = set(`then also first finally later next briefly gently quickly again subsequently
afterwards too just kindly graciously expertly brilliantly happily eventually ultimately once
originally`)

// eventWords name a meetup or conference, in English and in the languages posts are most often
// written in besides (German, French, Spanish, Italian, Portuguese, Polish, Dutch).
var eventWords = set(`meetup meetups meet-up meet-ups event events conference conferences summit
summits roadshow gathering night day days jam party workshop hackathon camp con conf fest festival
usergroup stop leg edition meeting meetings symposium convention unconference dojo
konferenz konferenzen tagung kongress treffen stammtisch conférence conférences rencontre rencontres
congrès conferencia conferencias congreso encuentro jornadas conferenza conferenze congresso incontro
conferência encontro encontros konferencja konferencje spotkanie spotkania zjazd bijeenkomst conferentie`)

// roleWords in a person's appositive say the organization is their employer: "a principal
// engineer at Aerospike", "the founder of Aerospike", "a member of the Initech core team".
var roleWords = set(`engineer engineers developer developers founder co-founder cofounder ceo cto cfo
coo vp president head director manager lead leader architect advocate evangelist member employee
scientist researcher consultant principal staff intern designer analyst owner partner team programmer
programmers specialist administrator technologist instructor lecturer professor`)

// inWord reports the preposition that puts something in a city: "in", and the words other
// languages write for it before a city's name ("à Lyon", "en Sevilla", "em Lisboa"; German,
// Dutch and Italian write "in").
func inWord(t token) bool {
	return t.is("in", "à", "en", "em")
}

// talkLanguage is the vocabulary a language states talks with, for the prose reader: who
// spoke, about what, from which company. Every field is a list of lower-case words.
type talkLanguage struct {
	speak string // verbs of speaking or presenting: "spricht", "présentera", "habló"
	give  string // verbs that take a talk noun as their object: "hielt (einen Vortrag)", "gaf"
	nouns string // nouns for a talk: "Vortrag", "charla", "prelekcja"
	by    string // words after a talk noun that introduce its speakers: "von", "de", "door"
	about string // words that introduce what a talk is about: "über", "sobre", "o"
	from  string // words after a speaker that introduce their company: "von", "chez", "z"
	aux   string // auxiliaries and pronouns between a speaker and the verb: "a", "hat", "nous"
	and   string // the word that joins two names: "und", "et", "i"
	minor string // function words that open sentences and never a name: "Der", "Poi" (not "Una", "Ella", "Lo": given names too)
	their string // possessives before a talk noun that point back to the speaker: "su (charla)", "sa (présentation)"
	// nominative gives the name a speaker is written in after a noun that takes them in the
	// genitive ("prelekcja Piotra Zielińskiego"), for languages with no "by" word
	nominative func(name string) string
}

// talkLanguages are the languages besides English whose talk sentences the prose reader
// reads: "X nous présentera Y", "Vortrag von X zu Y", "charla de X sobre Y", "prelekcja X o
// Y". Another language is one more entry. Verbs come in the forms posts use most: present,
// past and future, third person.
var talkLanguages = map[string]talkLanguage{
	"fr": {
		their: `sa son ses`,
		speak: `présente présentera présenté présentait présentent présenteront parle parlera parlé parlait
			parlent parlaient explique expliquera expliqué montre montrera montré raconte racontera raconté partage
			partagera partagé aborde abordera abordé animera animé présentée parlant présentant parler
			présenter`,
		give:  `donné donne donnera fait fera`,
		nouns: `présentation présentations conférence intervention interventions exposé exposés démo atelier`,
		by:    `par de d' d’`,
		about: `sur de du des autour`,
		from:  `de chez d' d’`,
		aux:   `a avait va vont nous vous leur`,
		and:   `et`,
		minor: `le la les un une des du au aux ce cette ces puis ensuite enfin lors pendant après avant
			pour notre nos il ils elles on`,
	},
	"de": {
		their: `sein seinem seinen seiner ihr ihrem ihren ihrer`,
		speak: `spricht sprach sprechen redet redete präsentiert präsentierte präsentieren zeigt zeigte
			erklärt erklärte berichtet berichtete erzählt erzählte stellt stellte sprachen präsentierten
			zeigten erklärten berichteten vorgestellt gesprochen geredet gezeigt erklärt berichtet erzählt`,
		give:  `hielt hält halten hielten gehalten`,
		nouns: `vortrag vorträge vortrags präsentation präsentationen`,
		by:    `von`,
		about: `über zu zum zur`,
		from:  `von bei`,
		aux:   `hat hatte haben wird werden uns`,
		and:   `und`,
		minor: `der die das ein eine einen einem dem den des als danach dann zuerst anschließend zum zur
			es am beim unser unsere er sie wir`,
	},
	"es": {
		their: `su sus`,
		speak: `habló hablará habla hablan presentó presentará presenta presentan explicó explicará
			explica mostró mostrará muestra contó contará cuenta compartió compartirá hablaron
			presentaron presentado presentada explicaron mostraron hablado explicado mostrado contado
			hablando presentando hablar presentar`,
		give:  `dio dará`,
		nouns: `charla charlas plática pláticas ponencia ponencias presentación presentaciones conferencia`,
		by:    `de por`,
		about: `sobre acerca`,
		from:  `de`,
		aux:   `nos ha había va`,
		and:   `y`,
		minor: `el la los las un unos unas primero después luego finalmente en nuestra nuestro él`,
	},
	"pt": {
		their: `seu sua seus suas`,
		speak: `falou falará fala falam apresentou apresentará apresenta apresentam mostrou mostrará
			explicou explicará contou contará compartilhou falaram apresentaram apresentado apresentada
			falando apresentando falar apresentar`,
		give:  `deu dará`,
		nouns: `palestra palestras apresentação apresentações`,
		by:    `de do da por`,
		about: `sobre`,
		from:  `de do da`,
		aux:   `nos lhes vai`,
		and:   `e`,
		minor: `o os a as um depois primeiro em seguida tivemos nossa nosso`,
	},
	"it": {
		their: `suo sua suoi sue`,
		speak: `parlato parla parlerà parlano presentato presenta presenterà presentano mostrato
			mostrerà spiegato spiegherà raccontato racconterà presentata parlando presentando parlare
			presentare`,
		give:  `tenuto tiene terrà`,
		nouns: `intervento interventi presentazione presentazioni relazione talk`,
		by:    `di da`,
		about: `su sul sulla sui sugli di`,
		from:  `di da`,
		aux:   `ha ci ha aveva`,
		and:   `e`,
		minor: `il la gli le un uno poi prima dopo infine abbiamo nostro nostra`,
	},
	"pl": {
		their: `swoją swojej swoim jego jej`,
		speak: `opowiadał opowiadała opowie opowiedział opowiedziała mówił mówiła powie przedstawił
			przedstawiła przedstawi zaprezentował zaprezentowała zaprezentuje pokazał pokazała pokaże
			omówił omówiła omówi opowiadali mówili przedstawili zaprezentowali pokazali omówili`,
		give: `wygłosił wygłosiła wygłosi`,
		nouns: `prelekcja prelekcji prelekcję prezentacja prezentacji prezentację wykład wykładu
			wystąpienie wystąpienia`,
		by:         ``, // the speaker follows the noun in the genitive: "prelekcja Anny Nowak"
		about:      `o`,
		from:       `z ze`,
		aux:        `nam`,
		and:        `i`,
		minor:      `potem następnie najpierw była był było`,
		nominative: polishNominative,
	},
	"nl": {
		their: `zijn haar`,
		speak: `presenteerde presenteert presenteren sprak spreekt vertelde vertelt toonde toont
			demonstreerde spraken presenteerden vertelden toonden gepresenteerd gesproken verteld getoond`,
		give:  `gaf geeft hield houdt gaven hielden`,
		nouns: `lezing lezingen presentatie presentaties voordracht`,
		by:    `door van`,
		about: `over`,
		from:  `van bij`,
		aux:   `heeft had ons`,
		and:   `en`,
		minor: `de het een daarna eerst toen vervolgens onze ons hij zij`,
	},
}

// Words of talkLanguages, by role.
var (
	foreignSpeakVerbs = langWords(func(l talkLanguage) string { return l.speak })
	foreignGiveVerbs  = langWords(func(l talkLanguage) string { return l.give })
	foreignTalkNouns  = langWords(func(l talkLanguage) string { return l.nouns })
	foreignByWords    = langWords(func(l talkLanguage) string { return l.by })
	foreignAboutWords = langWords(func(l talkLanguage) string { return l.about })
	foreignFromWords  = langWords(func(l talkLanguage) string { return l.from })
	foreignAux        = langWords(func(l talkLanguage) string { return l.aux })
	foreignAnd        = langWords(func(l talkLanguage) string { return l.and })
	foreignTheir      = langWords(func(l talkLanguage) string { return l.their })
	// genitiveNouns take their speakers right after them, with no word between: "prelekcja
	// Anny Nowak" (the languages with no "by" word for talks)
	genitiveNouns = langWords(func(l talkLanguage) string {
		if strings.TrimSpace(l.by) == "" {
			return l.nouns
		}
		return ""
	})
)

// nominativeAfter gives the name of a speaker written in the genitive after the talk noun
// noun: "Piotra Zielińskiego" after "prelekcja" is Piotr Zieliński.
func nominativeAfter(noun, name string) string {
	for _, l := range talkLanguages {
		if l.nominative != nil && set(l.nouns)[strings.ToLower(noun)] {
			return l.nominative(name)
		}
	}
	return name
}

// polishNominative undoes the genitive of a Polish full name, where the given name tells
// masculine from feminine: "Piotra Zielińskiego" is Piotr Zieliński, "Anny Kowalskiej" Anna
// Kowalska, "Tomasza Nowaka" Tomasz Nowak. A name it cannot tell stays as written.
func polishNominative(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	given, rest := words[0], words[1:]
	masculine, feminine := false, false
	switch {
	case strings.HasSuffix(given, "a") && givennames.Is(strings.TrimSuffix(given, "a")):
		given, masculine = strings.TrimSuffix(given, "a"), true // Piotra
	case strings.HasSuffix(given, "ii") && givennames.Is(strings.TrimSuffix(given, "i")+"a"):
		given, feminine = strings.TrimSuffix(given, "i")+"a", true // Marii
	case strings.HasSuffix(given, "y") && givennames.Is(strings.TrimSuffix(given, "y")+"a"):
		given, feminine = strings.TrimSuffix(given, "y")+"a", true // Anny
	case (strings.HasSuffix(given, "ki") || strings.HasSuffix(given, "gi")) && givennames.Is(strings.TrimSuffix(given, "i")+"a"):
		given, feminine = strings.TrimSuffix(given, "i")+"a", true // Agnieszki
	default:
		return name
	}
	last := rest[len(rest)-1]
	for _, e := range [][3]string{
		// ending in the genitive, nominative masculine, nominative feminine
		{"skiego", "ski", ""}, {"ckiego", "cki", ""}, {"dzkiego", "dzki", ""}, {"iego", "i", ""}, {"ego", "y", ""},
		{"skiej", "", "ska"}, {"ckiej", "", "cka"}, {"dzkiej", "", "dzka"}, {"iej", "", "a"}, {"ej", "", "a"},
	} {
		if stem, ok := strings.CutSuffix(last, e[0]); ok && (masculine && e[1] != "" || feminine && e[2] != "") {
			last = stem + e[1] + e[2]
			rest[len(rest)-1] = last
			return strings.Join(append([]string{given}, rest...), " ")
		}
	}
	if masculine && strings.HasSuffix(last, "a") && len(last) > 3 {
		rest[len(rest)-1] = strings.TrimSuffix(last, "a") // Nowaka
	}
	return strings.Join(append([]string{given}, rest...), " ")
}

// langWords is the set of the words field gives for every language of talkLanguages.
func langWords(field func(talkLanguage) string) map[string]bool {
	out := map[string]bool{}
	for _, l := range talkLanguages {
		for w := range set(field(l)) {
			out[w] = true
		}
	}
	return out
}

func init() {
	// the vocabulary of other languages serves the rules that read English: a verb, a noun or
	// a function word of one language is no common word of another that the rules read
	for w := range foreignSpeakVerbs {
		speakVerbs[w] = true
	}
	for w := range foreignGiveVerbs {
		giveVerbs[w] = true
	}
	for w := range foreignTalkNouns {
		talkNouns[w] = true
		notNameWords[w] = true // German writes nouns capitalized: "Vortrag von Ana Lima"
	}
	for _, l := range talkLanguages {
		for w := range set(l.minor) {
			if !nameParticles[w] {
				notNameWords[w] = true
			}
		}
	}
}

// speakerByWord reports a word that introduces a talk's speakers after a talk noun: "by", "von",
// "par", "de".
func speakerByWord(t token) bool {
	return t.is("by") || foreignByWords[t.lower()]
}

// aboutWord reports a word that introduces what a talk is about: "about", "on", "über",
// "sobre".
func aboutWord(t token) bool {
	return t.is("about", "on") || foreignAboutWords[t.lower()]
}

// fromWord reports a word that introduces a speaker's company after their name: "from",
// "of", "at", "von", "chez", "z".
func fromWord(t token) bool {
	return t.is("from", "of", "at") || lookupLower(foreignFromWords, t.text())
}

// andWord reports a word that joins two names: "and", "und", "et".
func andWord(t token) bool {
	return t.is("and") || lookupLower(foreignAnd, t.text())
}
