package extract

// Result is what one post states, in the extraction JSON v1 format (see the project's
// docs/extraction.md): events, talks (with indexes into Events), people with their aliases and
// companies, and topics. Fields beyond v1 (evidence) carry the sentence each relation came from
// and a confidence; they are optional and scorers ignore them.
type Result struct {
	ID        string   `json:"id"`
	Source    Source   `json:"source"`
	Title     *string  `json:"title,omitempty"`
	Published *string  `json:"published"`
	Author    *string  `json:"author"`
	Events    []Event  `json:"events"`
	Talks     []Talk   `json:"talks"`
	People    []Person `json:"people"`
	Topics    []string `json:"topics"`
	// Warnings are what the post seems to state but could not be read (at most 20).
	Warnings []Warning `json:"warnings,omitempty"`
}

// Source says where the post came from.
type Source struct {
	File string  `json:"file"`
	URL  *string `json:"url"`
}

// Event is a meetup or conference the post describes.
type Event struct {
	Name         string    `json:"name"`
	City         *string   `json:"city"`
	Date         *string   `json:"date"`
	Host         *string   `json:"host"`
	HostEvidence *Evidence `json:"host_evidence,omitempty"`

	// CityID is the gazetteer key of City, for the graph; not part of v1.
	CityID      string `json:"city_id,omitempty"`
	CityCountry string `json:"city_country,omitempty"`
	// CityLatitude and CityLongitude are the gazetteer's coordinates of City (decimal
	// degrees), for the graph only: the JSON output leaves them out, city_id names the city.
	CityLatitude  *float64 `json:"-"`
	CityLongitude *float64 `json:"-"`
}

// Talk is a talk the post describes. Events are indexes into Result.Events; EventEvidence,
// when present, is parallel to Events.
type Talk struct {
	Title         *string    `json:"title"`
	Description   *string    `json:"description,omitempty"`
	Speakers      []string   `json:"speakers"`
	Events        []int      `json:"events"`
	URL           *string    `json:"url"`
	Evidence      *Evidence  `json:"evidence,omitempty"`
	EventEvidence []Evidence `json:"event_evidence,omitempty"`
	Topics        []string   `json:"topics,omitempty"`
}

// Person is a speaker: one canonical name, the other spellings the post uses, and the
// companies the post says (or clearly implies) they work for. CompanyEvidence, when present,
// is parallel to Companies.
type Person struct {
	Name            string     `json:"name"`
	Aliases         []string   `json:"aliases"`
	Companies       []string   `json:"companies"`
	CompanyEvidence []Evidence `json:"company_evidence,omitempty"`
}

// Evidence is the sentence a relation was read from and how sure the extractor is of it,
// between 0 and 1.
type Evidence struct {
	Sentence   string  `json:"sentence"`
	Confidence float64 `json:"confidence"`
}
