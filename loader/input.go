package loader

import (
	"net/url"
	"strings"

	"github.com/talkgraph/talkgraph/loader/extract"
	"github.com/talkgraph/talkgraph/store"
)

// Input turns an extraction result into what the store saves. Its lists are made to their
// length at once: a post may state thousands of talks, and lists grown by append would
// allocate about twice what they end up holding.
func Input(r *extract.Result, hash string) store.PostInput {
	in := store.PostInput{
		Post: store.Post{
			ID: r.ID, URL: r.Source.URL, Title: r.Title, Published: r.Published, Author: r.Author, File: r.Source.File,
		},
		ContentHash: hash,
		People:      make([]store.PersonInput, 0, len(r.People)),
		Events:      make([]store.EventInput, 0, len(r.Events)),
		Talks:       make([]store.TalkInput, 0, len(r.Talks)),
	}
	for _, p := range r.People {
		pi := store.PersonInput{Name: p.Name, Aliases: p.Aliases}
		if len(p.Companies) > 0 {
			pi.Affiliations = make([]store.AffiliationInput, 0, len(p.Companies))
		}
		for i, c := range p.Companies {
			pi.Affiliations = append(pi.Affiliations, store.AffiliationInput{Company: c, Evidence: evidenceAt(p.CompanyEvidence, i)})
		}
		in.People = append(in.People, pi)
	}
	for _, e := range r.Events {
		ei := store.EventInput{Name: e.Name, Date: deref(e.Date), Host: deref(e.Host), HostEvidence: evidence(e.HostEvidence)}
		if e.CityID != "" {
			ei.City = &store.CityInput{ID: e.CityID, Name: deref(e.City), Country: e.CityCountry,
				Latitude: e.CityLatitude, Longitude: e.CityLongitude}
		}
		in.Events = append(in.Events, ei)
	}
	for _, t := range r.Talks {
		ti := store.TalkInput{
			Title: deref(t.Title), Description: deref(t.Description), Speakers: t.Speakers,
			Evidence: evidence(t.Evidence), Topics: t.Topics,
		}
		if len(t.Events) > 0 {
			ti.Appearances = make([]store.AppearanceInput, 0, len(t.Events))
		}
		if u := deref(t.URL); u != "" {
			if IsRecording(u) {
				ti.RecordingURL = u
			} else {
				ti.SlidesURL = u
			}
		}
		for i, ev := range t.Events {
			ti.Appearances = append(ti.Appearances, store.AppearanceInput{Event: ev, Evidence: evidenceAt(t.EventEvidence, i)})
		}
		in.Talks = append(in.Talks, ti)
	}
	return in
}

// IsRecording reports whether a link points to a video rather than to slides or a page.
func IsRecording(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	switch host {
	case "youtube.com", "youtu.be", "m.youtube.com", "vimeo.com", "player.vimeo.com", "twitch.tv", "dailymotion.com":
		return true
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func evidence(e *extract.Evidence) store.Evidence {
	if e == nil {
		return store.Evidence{}
	}
	return store.Evidence{Sentence: e.Sentence, Confidence: e.Confidence}
}

func evidenceAt(es []extract.Evidence, i int) store.Evidence {
	if i < len(es) {
		return store.Evidence{Sentence: es[i].Sentence, Confidence: es[i].Confidence}
	}
	return store.Evidence{}
}
