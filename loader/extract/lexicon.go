package extract

import "strings"

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
technology tech digital engineering services innovations games`)

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
var nameParticles = set(`de van der den von la le du da di dos das del della ten ter bin al in't 't st`)

// giveVerbs take a talk as their object: "gave a talk", "delivered a case study".
var giveVerbs = set(`gave give gives giving given delivered deliver delivers delivering made make makes
did do does held hold holds ran run runs provided provide offered offer presenting`)

// speakVerbs mean giving a talk by themselves: "spoke about", "presented 'X'".
var speakVerbs = set(`talked talking spoke speak speaks speaking discussed discuss discusses
described describe describes explained explain explains covered cover covers demoed demo demos
demonstrated demonstrates showed show shows showcased shared introduced introduces presented present
presents reviewed reviews related relates told tell tells walked walks took dove dived went outlined
outline outlines pitched presenting`)

// throughVerbs count as giving a talk only with "through" or "into" after them: "walked us
// through", "took us through", "dove into".
var throughVerbs = set(`walked walks took went dove dived`)

// openVerbs start, follow or end an event with a talk: "began with", "kicked off each meetup".
var openVerbs = set(`began begin begins started start starts kicked kick kicks opened open opens closed
close closes concluded conclude wrapped rounded followed follows finished ended`)

// talkNouns name a talk or something given like one.
var talkNouns = set(`talk talks presentation presentations keynote keynotes session sessions lightning
demo demos demonstration workshop workshops case study overview introduction intro recap review update
deep dive dives tutorial walkthrough walk-through tour outline lecture panel chat speech pitch
retrospective topic`)

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
summits roadshow gathering night day days jam party workshop hackathon camp con fest festival
usergroup stop leg edition meeting meetings symposium convention unconference dojo
konferenz konferenzen tagung kongress treffen stammtisch conférence conférences rencontre rencontres
congrès conferencia conferencias congreso encuentro jornadas conferenza conferenze congresso incontro
conferência konferencja konferencje spotkanie spotkania zjazd bijeenkomst conferentie`)

// roleWords in a person's appositive say the organization is their employer: "a principal
// engineer at Aerospike", "the founder of Aerospike", "a member of the Docker core team".
var roleWords = set(`engineer engineers developer developers founder co-founder cofounder ceo cto cfo
coo vp president head director manager lead leader architect advocate evangelist member employee
scientist researcher consultant principal staff intern designer analyst owner partner team`)

// inWord reports the preposition that puts something in a city: "in", and the words other
// languages write for it before a city's name ("à Lyon", "en Sevilla", "em Lisboa"; German,
// Dutch and Italian write "in").
func inWord(t token) bool {
	return t.is("in", "à", "en", "em")
}
