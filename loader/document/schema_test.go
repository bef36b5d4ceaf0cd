package document

import (
	"testing"
)

func TestParseSchemaEvents(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []EventData
	}{
		{
			name: "a JSON-LD Event with a Place, a PostalAddress and a Person performer",
			file: "event.html",
			src: `<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Event", "name": "Lisbon Kotlin Night",
 "startDate": "2023-05-11T18:30:00+01:00", "url": "https://example.org/e/1",
 "location": {"@type": "Place", "name": "Casa do Código",
   "address": {"@type": "PostalAddress", "streetAddress": "Rua A 1", "addressLocality": "Lisbon", "addressCountry": "PT"}},
 "performer": {"@type": "Person", "name": "Sofia Reis", "worksFor": {"@type": "Organization", "name": "Tidepool"}},
 "organizer": {"@type": "Organization", "name": "Kotlin Lisbon", "url": "https://example.org"}}
</script></head><body><p>See you there.</p></body></html>`,
			want: []EventData{{
				Type: "Event", Name: "Lisbon Kotlin Night", StartDate: "2023-05-11", URL: "https://example.org/e/1",
				Location:   Place{Name: "Casa do Código", Street: "Rua A 1", Locality: "Lisbon", Country: "PT"},
				Performers: []Agent{{Type: "Person", Name: "Sofia Reis", Affiliation: "Tidepool"}},
				Organizers: []Agent{{Type: "Organization", Name: "Kotlin Lisbon", URL: "https://example.org"}},
				Source:     "json-ld",
			}},
		},
		{
			name: "a @graph with a WebPage and an EducationEvent, a string location and performer list",
			file: "event.html",
			src: `<html><body><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "name": "Talk page"},
  {"@type": "EducationEvent", "name": "Graphs for everyone", "startDate": "2019-09-02",
   "location": "Hall B, Turku", "performer": [{"@type": "Person", "name": "Eero Laine"}, "Mia Koski"]}]}
</script><p>Text.</p></body></html>`,
			want: []EventData{{
				Type: "EducationEvent", Name: "Graphs for everyone", StartDate: "2019-09-02",
				Location:   Place{Name: "Hall B, Turku"},
				Performers: []Agent{{Type: "Person", Name: "Eero Laine"}, {Name: "Mia Koski"}},
				Source:     "json-ld",
			}},
		},
		{
			name: "a top-level list of events, one a SocialEvent with a prefixed type",
			file: "events.html",
			src: `<html><body><script type="application/ld+json">
[{"@type": "schema:SocialEvent", "name": "Summer BBQ", "startDate": "2020-07-04"},
 {"@type": ["Event"], "name": "Winter talks", "location": {"@type": "Place", "address": "Main St 5, Oslo"}}]
</script><p>Text.</p></body></html>`,
			want: []EventData{
				{Type: "SocialEvent", Name: "Summer BBQ", StartDate: "2020-07-04", Source: "json-ld"},
				{Type: "Event", Name: "Winter talks", Location: Place{Street: "Main St 5, Oslo"}, Source: "json-ld"},
			},
		},
		{
			name: "a conference with talks as subEvents",
			file: "conf.html",
			src: `<html><body><script type="application/ld+json">
{"@type": "Event", "name": "DevDays 2021", "location": {"@type": "Place", "address": {"addressLocality": "Brno"}},
 "subEvent": [{"@type": "Event", "name": "Small functions", "performer": {"@type": "Person", "name": "Jan Novak"}}]}
</script><p>Text.</p></body></html>`,
			want: []EventData{
				{Type: "Event", Name: "DevDays 2021", Location: Place{Locality: "Brno"}, Source: "json-ld"},
				{Type: "Event", Name: "Small functions", Performers: []Agent{{Type: "Person", Name: "Jan Novak"}}, SuperEvent: "DevDays 2021", Source: "json-ld"},
			},
		},
		{
			name: "a virtual location has no place",
			file: "online.html",
			src: `<html><body><script type="application/ld+json">
{"@type": "Event", "name": "Online meetup", "location": {"@type": "VirtualLocation", "url": "https://example.org/stream"}}
</script><p>Text.</p></body></html>`,
			want: []EventData{{Type: "Event", Name: "Online meetup", Source: "json-ld"}},
		},
		{
			name: "a script that is not JSON is skipped and the page still parses",
			file: "bad.html",
			src:  `<html><body><script type="application/ld+json">{"@type": "Event", </script><p>Text.</p></body></html>`,
			want: nil,
		},
		{
			name: "other structured data is not an event",
			file: "org.html",
			src:  `<html><body><script type="application/ld+json">{"@type": "Organization", "name": "Acme"}</script><p>Text.</p></body></html>`,
			want: nil,
		},
		{
			name: "microdata with nested Place, PostalAddress and performer",
			file: "micro.html",
			src: `<html><body>
<div itemscope itemtype="https://schema.org/Event">
  <h2 itemprop="name">Ruby <em>evening</em></h2>
  <time itemprop="startDate" datetime="2018-11-20T19:00">Nov 20</time>
  <div itemprop="location" itemscope itemtype="https://schema.org/Place">
    <span itemprop="name">Old Library</span>
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Krakow</span>
    </div>
  </div>
  <p>With <span itemprop="performer" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ola Nowak</span></span>.</p>
  <a itemprop="url" href="https://example.org/ruby">details</a>
</div></body></html>`,
			want: []EventData{{
				Type: "Event", Name: "Ruby evening", StartDate: "2018-11-20", URL: "https://example.org/ruby",
				Location:   Place{Name: "Old Library", Locality: "Krakow"},
				Performers: []Agent{{Type: "Person", Name: "Ola Nowak"}},
				Source:     "microdata",
			}},
		},
		{
			name: "microdata with meta content and a text location",
			file: "micro.html",
			src: `<html><body><div itemscope itemtype="http://schema.org/EducationEvent">
<meta itemprop="startDate" content="2016-03-01"><span itemprop="name">Intro to Elixir</span>
<span itemprop="location">Bergen</span></div></body></html>`,
			want: []EventData{{Type: "EducationEvent", Name: "Intro to Elixir", StartDate: "2016-03-01", Location: Place{Name: "Bergen"}, Source: "microdata"}},
		},
		{
			name: "JSON-LD in raw HTML inside Markdown",
			file: "post.md",
			src: "---\ntitle: Announcement\n---\nText.\n\n<script type=\"application/ld+json\">\n" +
				`{"@type": "Event", "name": "Go night", "startDate": "2024-01-09"}` + "\n</script>\n",
			want: []EventData{{Type: "Event", Name: "Go night", StartDate: "2024-01-09", Source: "json-ld"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.file, tt.src)
			checkDocument(t, doc)
			if d := diff(tt.want, doc.Events); d != "" {
				t.Errorf("Parse(%q).Events %s", tt.file, d)
			}
		})
	}
}

func TestParseSchemaBlogPosting(t *testing.T) {
	src := `<html><body><script type="application/ld+json">
{"@type": "BlogPosting", "headline": "What we learned at the meetup", "datePublished": "2022-02-03T10:00:00Z",
 "author": {"@type": "Person", "name": "Noor Aziz"}}</script><p>Text.</p></body></html>`
	doc := mustParse(t, "post.html", src)
	m := doc.Meta
	if m.Title != "What we learned at the meetup" || m.Published != "2022-02-03" || m.Author != "Noor Aziz" {
		t.Errorf("Parse() Meta title, published, author = %q, %q, %q, want the BlogPosting's", m.Title, m.Published, m.Author)
	}
}
