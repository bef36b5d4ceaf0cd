package store

import (
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Cursor is a position in an ordered list: the sort value and key of the last item seen.
// Lists page by keyset (WHERE after the cursor), never by SKIP.
type Cursor struct {
	Sort any // a string or a number, as the list is ordered
	ID   string
}

// String encodes the cursor as the opaque string clients pass back in `after`.
func (c Cursor) String() string {
	b, _ := json.Marshal(cursorJSON{Sort: c.Sort, ID: c.ID})
	return base64.RawURLEncoding.EncodeToString(b)
}

type cursorJSON struct {
	Sort any    `json:"s"`
	ID   string `json:"i"`
}

// ParseCursor decodes a cursor made by Cursor.String.
func ParseCursor(s string) (Cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursorJSON
	if err != nil || json.Unmarshal(b, &c) != nil || c.ID == "" {
		return Cursor{}, fmt.Errorf("store: parse cursor: %w: not a cursor", ErrInvalid)
	}
	if f, ok := c.Sort.(float64); ok {
		c.Sort = int64(f) // the sort values that are numbers are counts
	}
	return Cursor{Sort: c.Sort, ID: c.ID}, nil
}

// Page is one page of an ordered list.
type Page[T any] struct {
	Items   []T
	Cursors []Cursor // Cursors[i] is the position of Items[i]
	HasNext bool
}

// MaxPage is the largest page any list returns, whatever the client asks.
const MaxPage = 100

// clampFirst bounds a requested page size to [0, MaxPage].
func clampFirst(first int) int {
	switch {
	case first < 0:
		return 0
	case first > MaxPage:
		return MaxPage
	}
	return first
}

// pageOf turns records of (item, sort, id) into a page; the query fetched first+1 rows so that
// the extra one tells whether a next page exists.
func pageOf[T any](recs []*neo4j.Record, first int, decode func(map[string]any) T) Page[T] {
	p := Page[T]{}
	for i, rec := range recs {
		if i == first {
			p.HasNext = true
			break
		}
		m, _ := rec.Values[0].(map[string]any)
		p.Items = append(p.Items, decode(m))
		var sort any = str(m, "sortKey")
		if len(rec.Values) > 1 {
			sort = rec.Values[1]
		}
		p.Cursors = append(p.Cursors, Cursor{Sort: sort, ID: str(m, "id")})
	}
	return p
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func strPtr(m map[string]any, k string) *string {
	if s, ok := m[k].(string); ok && s != "" {
		return &s
	}
	return nil
}

func strs(m map[string]any, k string) []string {
	l, _ := m[k].([]any)
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func num(m map[string]any, k string) float64 {
	switch v := m[k].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

// floatPtr reads a nullable float property.
func floatPtr(m map[string]any, k string) *float64 {
	if f, ok := m[k].(float64); ok {
		return &f
	}
	return nil
}

func integer(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

func maps(v any) []map[string]any {
	l, _ := v.([]any)
	out := make([]map[string]any, 0, len(l))
	for _, x := range l {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func decodeTalk(m map[string]any) Talk {
	return Talk{
		ID: str(m, "id"), Title: strPtr(m, "title"), DisplayTitle: str(m, "displayTitle"),
		Description: strPtr(m, "description"), RecordingURL: strPtr(m, "recordingUrl"), SlidesURL: strPtr(m, "slidesUrl"),
		CityCount: integer(m["cityCount"]), EventCount: integer(m["eventCount"]), Rel: decodeTalkRel(m),
		FirstDate: strPtr(m, "firstDate"), LastDate: strPtr(m, "lastDate"),
	}
}

func decodePerson(m map[string]any) Person {
	return Person{ID: str(m, "id"), Name: str(m, "name"), Aliases: strs(m, "aliases"),
		TalkCount: integer(m["talkCount"]), CityCount: integer(m["cityCount"]), Rel: decodePersonRel(m)}
}

func decodeCompany(m map[string]any) Company {
	return Company{ID: str(m, "id"), Name: str(m, "name"),
		SpeakerCount: integer(m["speakerCount"]), EventCount: integer(m["eventCount"])}
}

func decodeCity(m map[string]any) City {
	return City{ID: str(m, "id"), Name: str(m, "name"), Country: strPtr(m, "country"),
		EventCount: integer(m["eventCount"]), TalkCount: integer(m["talkCount"]),
		Latitude: floatPtr(m, "latitude"), Longitude: floatPtr(m, "longitude")}
}

func decodeEvent(m map[string]any) Event {
	e := Event{ID: str(m, "id"), Name: str(m, "name"), Date: strPtr(m, "date"), TalkCount: integer(m["talkCount"])}
	if c, ok := m["city"].(map[string]any); ok {
		city := decodeCity(c)
		e.City = &city
	}
	if h, ok := m["host"].(map[string]any); ok {
		host := decodeCompany(h)
		e.Host = &host
	}
	return e
}

func decodePost(m map[string]any) Post {
	return Post{
		ID: str(m, "id"), URL: strPtr(m, "url"), Title: strPtr(m, "title"),
		Published: strPtr(m, "published"), Author: strPtr(m, "author"), File: str(m, "file"),
	}
}

func decodeSource(m map[string]any) Source {
	return Source{PostID: str(m, "post"), Sentence: strPtr(m, "sentence"), Confidence: num(m, "confidence"), MergedBecause: strs(m, "mergedBecause")}
}

// Projections: the properties each read returns, shared by the queries below.
const (
	talkFields    = `{.id, .title, .displayTitle, .description, .recordingUrl, .slidesUrl, .sortKey, .cityCount, .eventCount, .firstDate, .lastDate}`
	personFields  = `{.id, .name, .aliases, .sortKey, .talkCount, .cityCount}`
	companyFields = `{.id, .name, .sortKey, .speakerCount, .eventCount}`
	cityFields    = `{.id, .name, .country, .sortKey, .eventCount, .talkCount, .latitude, .longitude}`
	postFields    = `{.id, .url, .title, .published, .author, .file, .sortKey}`
)
