package store

import "testing"

func TestEventID(t *testing.T) {
	tests := []struct {
		name   string
		post   string
		event  EventInput
		cityID any
		want   string
	}{
		{"a dated event in a known city is keyed by both", "spring", EventInput{Name: "Go meetup", Date: "2024-04-02"}, "lisbon-pt", "lisbon-pt-2024-04-02"},
		{"an undated event is keyed by its post and name", "eastern-canada-roadshow-winter-2019", EventInput{Name: "Kubernetes Meetup Ottawa"}, "ottawa-ca",
			"eastern-canada-roadshow-winter-2019-kubernetes-meetup-ottawa"},
		{"a name that repeats the post's says it once", "nordic-gophers-autumn-tour-2024", EventInput{Name: "Nordic Gophers autumn tour 2024 Oslo"}, nil,
			"nordic-gophers-autumn-tour-2024-oslo"},
		{"a name equal to the post's does not take the post's key", "lisbon-gophers", EventInput{Name: "Lisbon Gophers"}, nil, "lisbon-gophers-lisbon-gophers"},
		{"a name that only starts like the post's keeps both", "go", EventInput{Name: "Gophers Oslo"}, nil, "go-gophers-oslo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventID(tt.post, tt.event, tt.cityID); got != tt.want {
				t.Errorf("eventID(%q, %+v, %v) = %q, want %q", tt.post, tt.event, tt.cityID, got, tt.want)
			}
		})
	}
}
