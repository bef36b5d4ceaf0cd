package store

// Post is a blog post the graph was built from. Every fact in the graph points back to the
// post(s) that state it.
type Post struct {
	ID        string
	URL       *string
	Title     *string
	Published *string // YYYY-MM-DD
	Author    *string
	File      string
}

// Person is a speaker. ID is the slug of the canonical name; Aliases are the other spellings
// posts used for the same person. The counts, like those of the other types, are kept up to
// date by SavePost so that lists can be ordered and filtered by them cheaply.
type Person struct {
	ID        string
	Name      string
	Aliases   []string
	TalkCount int        // distinct talks given
	CityCount int        // distinct cities spoken in
	Rel       *PersonRel `json:"-"` // relations read along with the person, if any
}

// Company is an organization people work for or that hosts events. ID is the slug of the name
// without legal suffixes such as Inc. or Ltd.
type Company struct {
	ID           string
	Name         string
	SpeakerCount int // distinct people working for it who gave talks
	EventCount   int // events hosted
}

// Talk is a talk, given at one or more events. Title is nil when no post names it; DisplayTitle
// is then derived from its description.
type Talk struct {
	ID           string
	Title        *string
	DisplayTitle string
	Description  *string
	RecordingURL *string
	SlidesURL    *string
	CityCount    int      // distinct cities it was given in
	EventCount   int      // distinct events it was given at
	FirstDate    *string  // YYYY-MM-DD of its first dated event, kept by SavePost
	LastDate     *string  // YYYY-MM-DD of its last dated event
	Rel          *TalkRel `json:"-"` // relations read along with the talk, if any
}

// Event is one meetup or conference day in one city. City and Host are nil when no post
// says where it was or who hosted it; reads fill them in the same query as the event.
type Event struct {
	ID        string
	Name      string
	Date      *string // YYYY-MM-DD
	City      *City
	Host      *Company
	TalkCount int
}

// City is a canonical city (from the GeoNames gazetteer), whatever spelling posts use.
type City struct {
	ID         string
	Name       string
	Country    *string
	EventCount int
	TalkCount  int
	// Latitude and Longitude are the gazetteer's coordinates of the city's centre (WGS84
	// decimal degrees); nil for a city saved before the graph kept them.
	Latitude, Longitude *float64
}

// Topic is a technology a talk is about.
type Topic struct {
	ID        string
	Name      string
	TalkCount int // distinct talks about it
}

// Source is the evidence for one fact: the post that states it, the sentence, and how sure
// the extractor was.
type Source struct {
	PostID     string
	Sentence   *string
	Confidence float64
	// MergedBecause says, for a talk, why the post's talk was taken to be this talk that other
	// posts state (see sameTalk); empty when it was not merged.
	MergedBecause []string
}

// Stats counts the nodes of each kind in the graph.
type Stats struct {
	Posts     int
	Talks     int
	People    int
	Companies int
	Events    int
	Cities    int
	// LastLoadedAt is when a post was last written (RFC 3339), nil for an empty graph.
	LastLoadedAt *string
}

// Node is any object the API can fetch again by its key: talks, people, companies, events,
// cities and posts. Keys are unique across these kinds.
type Node interface {
	NodeID() string
}

// NodeID returns the talk's key.
func (t Talk) NodeID() string { return t.ID }

// NodeID returns the person's key.
func (p Person) NodeID() string { return p.ID }

// NodeID returns the company's key.
func (c Company) NodeID() string { return c.ID }

// NodeID returns the event's key.
func (e Event) NodeID() string { return e.ID }

// NodeID returns the city's key.
func (c City) NodeID() string { return c.ID }

// NodeID returns the post's key.
func (p Post) NodeID() string { return p.ID }

// Node returns the entity as the object it holds, or nil.
func (e Entity) Node() Node {
	switch {
	case e.Talk != nil:
		return e.Talk
	case e.Person != nil:
		return e.Person
	case e.Company != nil:
		return e.Company
	case e.Event != nil:
		return e.Event
	case e.City != nil:
		return e.City
	case e.Post != nil:
		return e.Post
	}
	return nil
}
