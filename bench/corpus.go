// Package bench measures talkgraph: a deterministic synthetic corpus of posts in our own
// words, a Bolt proxy that counts the Cypher queries each system sends, a load generator, and
// the queries the benchmark asks of talkgraph, of hand-written Cypher (the floor) and of a
// peer GraphQL server.
package bench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract/gazetteer"
)

// Sizes says how big a synthetic corpus is.
type Sizes struct {
	Posts, Talks, People, Cities, Companies int
}

// DefaultSizes is the corpus the benchmark loads: about 2,000 posts, 10,000 talks, 5,000
// people, 300 cities and 1,000 companies, with many talks given in several cities.
var DefaultSizes = Sizes{Posts: 2000, Talks: 10000, People: 5000, Cities: 300, Companies: 1000}

// Corpus is a generated corpus: the posts' files and what they state, for checks.
type Corpus struct {
	Files  map[string]string // file name -> content
	People []string
	Talks  []string
	Cities []string
}

var (
	firstNames = strings.Fields(`Ada Bram Cleo Dario Edda Finn Gala Hugo Ines Joss Kira Lior Maren Nils Odile
Pavel Quinn Rosa Soren Talia Ugo Vera Wim Xena Yara Zeno Anouk Bodil Cyrus Dagny Emeric Fenna Gideon
Hedda Ivo Jarek Katya Lennart Mirela Noor Oskar Petra Radu Saskia Tobiah Ulla Vilja Wendel Ximena
Yusuf Zofia Agnes Benedek Carys Dmitar Elodie Florin Greta Halvard Ilse Jovan Kalinda Leopold Marit
Nikolai Ottilie Priya Quentin Ragna Stellan Tamsin Ulrich Valko Wilhelmina Yannick Zsofia Anselm Brigid`)
	lastNames = strings.Fields(`Abernathy Brightwater Castellan Dunmore Everhart Fairweather Galloway
Hollister Ingram Jessup Kettering Lindqvist Marchetti Northcott Oyelaran Pemberton Quayle Rasmussen
Sandoval Thistlewood Underhill Valdivia Whitcombe Yardley Zabala Ashgrove Blackwood Corrigan Delacroix
Eastwood Fenwick Greenhalgh Hargreaves Isherwood Jankowski Kowalczyk Lachapelle Montague Nakamura
Okonkwo Pellegrini Quintero Rutherford Stavros Tremblay Ulbricht Vasquez Westergaard Yamaguchi Zielinski
Arkwright Bellamy Coldwell Drummond Ellsworth Fitzgerald Gustafsson Halloran Iverson Jorgensen Kessler
Lockhart Merriweather Nightingale Ormsby Prescott Redgrave Sterling Thornbury Vanderbilt Wainwright`)
	companyParts = strings.Fields(`Amber Basalt Cobalt Drift Ember Fjord Granite Harbor Indigo Juniper Kestrel
Lumen Meridian Nimbus Onyx Pinnacle Quarry Riverbend Sable Tidewater Umber Vantage Willow Zephyr Alder
Beacon Cinder Dune Equinox Foxglove Glacier Heron Ironwood Jetstream Kelp Lantern Marble Nectar Orchard`)
	companySuffixes = strings.Fields(`Labs Systems Data Cloud Works Software Analytics Networks Dynamics Robotics
Security Logistics Health Media Payments Energy Studios Foundry Interactive Compute`)
	techs = strings.Fields(`Kubernetes Kafka Postgres Redis Go Rust Python Java Kotlin Elixir Erlang Scala
Terraform Prometheus Grafana Envoy Istio Linkerd Flink Spark ClickHouse Cassandra Elasticsearch gRPC
GraphQL WebAssembly TypeScript React Svelte Deno Helm Argo Tekton Jenkins Ansible Vault Consul Nomad
Knative Cilium eBPF OpenTelemetry Jaeger Zipkin Neo4j MongoDB MySQL SQLite DuckDB Iceberg Airflow`)
	titlePatterns = []string{
		"Scaling %s in production", "Lessons from a year of %s", "%s for the rest of us",
		"Debugging %s under load", "What we got wrong about %s", "Testing %s services",
		"Observability for %s", "Migrating to %s without downtime", "%s at the edge",
		"Securing %s deployments", "A tour of %s internals", "Building a platform on %s",
		"Cost control with %s", "Fast feedback loops with %s", "%s patterns that paid off",
		"Zero to production with %s", "When not to use %s", "Tuning %s for latency",
		"Event-driven systems with %s", "Multi-region %s", "Data pipelines on %s",
		"Profiling %s applications", "Designing APIs with %s", "Resilience engineering with %s",
	}
	titleEndings = []string{"", ": a field report", ": the missing manual", " in practice", ": notes from the trenches",
		" at scale", ": what the docs don't say", " for small teams", ": a retrospective", " the hard way"}
	seasons = []string{"Spring", "Summer", "Autumn", "Winter"}
	months  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	groups  = []string{"Gophers", "Rustaceans", "Pythonistas", "Cloud Natives", "Data Engineers", "Kotliners"}
)

// Generate builds a corpus of the given sizes, the same for the same seed. Posts come in
// three shapes written by the project: roadshow recaps through several cities (where talks are
// given again), meetup announcements with an agenda, and archives of a group's meetups.
func Generate(sz Sizes, seed uint64) *Corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c := &Corpus{Files: map[string]string{}}

	simple := regexp.MustCompile(`^[A-Z][a-z]+( [A-Z][a-z]+)?$`)
	for _, city := range gazetteer.Largest(4000) {
		if len(c.Cities) == sz.Cities {
			break
		}
		if got, ok := gazetteer.Lookup(city.Name); simple.MatchString(city.Name) && ok && got.ID == city.ID && !gazetteer.Common(city.Name) {
			c.Cities = append(c.Cities, city.Name)
		}
	}
	seen := map[string]bool{}
	for len(c.People) < sz.People {
		n := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
		if !seen[n] {
			seen[n] = true
			c.People = append(c.People, n)
		}
	}
	var companies []string
	for len(companies) < sz.Companies {
		n := companyParts[r.IntN(len(companyParts))] + companyParts[r.IntN(len(companyParts))] + " " + companySuffixes[r.IntN(len(companySuffixes))]
		if !seen[n] {
			seen[n] = true
			companies = append(companies, n)
		}
	}
	for len(c.Talks) < sz.Talks {
		t := fmt.Sprintf(titlePatterns[r.IntN(len(titlePatterns))], techs[r.IntN(len(techs))]) + titleEndings[r.IntN(len(titleEndings))]
		if !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			c.Talks = append(c.Talks, t)
		}
	}
	// Every talk has one speaker (one in ten a second one); every speaker one company.
	speaker := make([]int, len(c.Talks))
	coSpeaker := make([]int, len(c.Talks))
	for i := range c.Talks {
		speaker[i] = i % len(c.People)
		coSpeaker[i] = -1
		if r.IntN(10) == 0 {
			coSpeaker[i] = r.IntN(len(c.People))
			if coSpeaker[i] == speaker[i] {
				coSpeaker[i] = -1
			}
		}
	}
	company := func(p int) string { return companies[(p*7)%len(companies)] }
	speakers := func(t int) string {
		s := c.People[speaker[t]] + " from " + company(speaker[t])
		if coSpeaker[t] >= 0 {
			s = c.People[speaker[t]] + " and " + c.People[coSpeaker[t]] + " from " + company(speaker[t])
		}
		return s
	}

	next := 0 // next talk not yet given
	talk := func() int {
		t := next % len(c.Talks)
		next++
		return t
	}
	for p := 0; p < sz.Posts; p++ {
		year := 2015 + r.IntN(10)
		name := fmt.Sprintf("post-%04d", p)
		var b strings.Builder
		switch p % 3 {
		case 0: // a roadshow through three to five cities
			n := 3 + r.IntN(3)
			cities := pick(r, c.Cities, n)
			series := techs[r.IntN(len(techs))] + " community"
			fmt.Fprintf(&b, "---\ntitle: \"%s roadshow, %s %d\"\ndate: %d-%02d-15\n---\n\n", series, seasons[p%4], year, year, 1+p%12)
			fmt.Fprintf(&b, "Our %s roadshow took us to %s and %s.\n\n", series, strings.Join(cities[:n-1], ", "), cities[n-1])
			var opener = -1
			for i, city := range cities {
				t1, t2 := talk(), talk()
				if i == 0 {
					opener = t1
					fmt.Fprintf(&b, "We started off in %s. %s gave a talk called \"%s\". %s then presented \"%s\".\n\n",
						city, speakers(t1), c.Talks[t1], speakers(t2), c.Talks[t2])
					continue
				}
				fmt.Fprintf(&b, "In %s, %s gave a talk called \"%s\". %s gave the same talk as in %s.\n\n",
					city, speakers(t2), c.Talks[t2], c.People[speaker[opener]], cities[0])
			}
			hosts := pick(r, companies, n)
			fmt.Fprintf(&b, "Thanks to %s for hosting us in %s", hosts[0], cities[0])
			for i := 1; i < n; i++ {
				fmt.Fprintf(&b, ", %s in %s", hosts[i], cities[i])
			}
			b.WriteString(".\n")
		case 1: // an announced meetup with an agenda
			city := c.Cities[r.IntN(len(c.Cities))]
			group := city + " " + groups[r.IntN(len(groups))]
			day, month := 1+r.IntN(28), r.IntN(12)
			host := companies[r.IntN(len(companies))]
			fmt.Fprintf(&b, "---\ntitle: \"%s, %s %d\"\ndate: %d-%02d-%02d\n---\n\n", group, months[month], year, year, month+1, day)
			fmt.Fprintf(&b, "The %s meetup took place in %s on %s %d, %d, hosted at %s office.\n\nAgenda:\n\n", group, city, months[month], day, year, host)
			for i := 0; i < 3+r.IntN(2); i++ {
				t := talk()
				if r.IntN(4) == 0 {
					t = r.IntN(max(next, 1)) % len(c.Talks) // a talk given before, elsewhere
				}
				fmt.Fprintf(&b, "- %d:%02d - %s by %s - %s\n", 18+i/2, (i%2)*30, c.Talks[t], c.People[speaker[t]], company(speaker[t]))
			}
		default: // an archive of a group's meetups
			city := c.Cities[r.IntN(len(c.Cities))]
			group := city + " " + groups[r.IntN(len(groups))]
			fmt.Fprintf(&b, "---\ntitle: \"%s talks archive %d\"\n---\n\nTalks given at the %s meetups.\n\n", group, year, group)
			for m := 0; m < 2; m++ {
				month := r.IntN(12)
				host := companies[r.IntN(len(companies))]
				fmt.Fprintf(&b, "### %s %d %d - [%s](https://example.org/%s)\n\n", months[month], 1+r.IntN(28), year, host, slug(host))
				for i := 0; i < 2; i++ {
					t := talk()
					fmt.Fprintf(&b, "🗣 [%s - %s](https://example.org/slides/%d)\n\n", c.People[speaker[t]], c.Talks[t], t)
				}
			}
		}
		c.Files[name+".md"] = b.String()
	}
	return c
}

// pick chooses n distinct items.
func pick(r *rand.Rand, from []string, n int) []string {
	idx := r.Perm(len(from))[:n]
	sort.Ints(idx)
	out := make([]string, n)
	for i, j := range idx {
		out[i] = from[j]
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func slug(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "-")) }

// Write writes the corpus's posts into dir.
func (c *Corpus) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(c.Files))
	for n := range c.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c.Files[n]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
