package document

import (
	"testing"
)

func TestClassRole(t *testing.T) {
	tests := []struct {
		class string
		want  string
	}{
		{"title", RoleTitle},
		{"card talk-title", RoleTitle},
		{"session__title", RoleTitle},
		{"presenter", RoleSpeaker},
		{"col speaker-name", RoleSpeaker},
		{"talk-speakers", RoleSpeaker},
		{"slot-time", RoleTime},
		{"times", RoleTime},
		{"recap__title", RoleTitle},
		{"recap__by", RoleSpeaker},
		{"agenda__time agenda__time--wide", RoleTime},
		{"card__speaker--lead", RoleSpeaker},
		{"speaker__name", RoleSpeaker},
		{"recap__type", ""},
		{"speaker__photo", ""},
		{"page-title", ""},
		{"speaker-photo", ""},
		{"speaker-bio", ""},
		{"entry-title post-title", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := classRole(tt.class); got != tt.want {
			t.Errorf("classRole(%q) = %q, want %q", tt.class, got, tt.want)
		}
	}
}

func TestRolesFromClassNames(t *testing.T) {
	type role struct{ Name, Text string }
	tests := []struct {
		name string
		file string
		src  string
		want [][]role // per block with roles, in order
	}{
		{
			name: "a grid of divs gives each div's text its role",
			file: "grid.html",
			src: `<html><body><div class="slot"><div class="time">18:30</div><div class="title"><a href="/t1">Quiet Queues</a></div>` +
				`<div class="speaker">Ana Lima</div></div></body></html>`,
			want: [][]role{{{"time", "18:30"}}, {{"title", "Quiet Queues"}}, {{"speaker", "Ana Lima"}}},
		},
		{
			name: "a table cell holding two talks keeps four roles in its row",
			file: "table.md",
			src: "# Programme\n\n<table><tr><td class=\"times\">0900</td><td><div class=\"title\">Paging for Humans</div>" +
				"<div class=\"presenter\">Bo Chen</div><div class=\"title\">Sharding Gently</div><div class=\"presenter\">Ana Lima</div></td></tr></table>\n",
			want: [][]role{{{"time", "0900"}, {"title", "Paging for Humans"}, {"speaker", "Bo Chen"}, {"title", "Sharding Gently"}, {"speaker", "Ana Lima"}}},
		},
		{
			name: "class names that name no part of a programme give no role",
			file: "plain.html",
			src:  `<html><body><h1 class="page-title">Our meetups</h1><div class="speaker-photo">Ana Lima</div></body></html>`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.file, []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.file, err)
			}
			var got [][]role
			for _, b := range doc.Blocks {
				if len(b.Roles) == 0 {
					continue
				}
				var rs []role
				for _, r := range b.Roles {
					rs = append(rs, role{r.Name, b.Text[r.Start:r.End]})
				}
				got = append(got, rs)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Parse(%q) roles = %v, want %v", tt.file, got, tt.want)
			}
			for i := range got {
				if len(got[i]) != len(tt.want[i]) {
					t.Fatalf("Parse(%q) roles = %v, want %v", tt.file, got, tt.want)
				}
				for j := range got[i] {
					if got[i][j] != tt.want[i][j] {
						t.Errorf("Parse(%q) roles = %v, want %v", tt.file, got, tt.want)
					}
				}
			}
		})
	}
}
