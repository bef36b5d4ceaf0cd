package loader

import (
	"errors"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

func TestPostURL(t *testing.T) {
	tests := []struct {
		name     string
		base     string // "" is no site
		root     string
		file     string
		meta     document.Meta
		want     string
		fromSite bool
	}{
		{"a full URL in the front matter wins", "https://blog.example.org/", "/srv/site", "/srv/site/content/posts/recap.md",
			document.Meta{URL: "https://elsewhere.example/recap"}, "https://elsewhere.example/recap", false},
		{"without a site a path in the front matter is kept as written", "", "/srv/site", "/srv/site/recap.md",
			document.Meta{URL: "/2024/05/recap/"}, "/2024/05/recap/", false},
		{"without a site and front matter there is no address", "", "/srv/site", "/srv/site/content/posts/recap.md",
			document.Meta{}, "", false},
		{"a permalink is read under the base URL and its path", "https://example.org/blog", "/srv/site", "/srv/site/recap.md",
			document.Meta{URL: "/2024/05/recap/"}, "https://example.org/blog/2024/05/recap/", true},
		{"Jekyll placeholders in a permalink are filled in", "https://blog.example.org/", "/srv/site", "/srv/site/_posts/2024-05-02-spring-recap.md",
			document.Meta{URL: "/:categories/:year/:title/", Categories: []string{"Meetups"}, Slug: "spring-recap"}, "https://blog.example.org/meetups/2024/spring-recap/", true},
		{"a permalink with :output_ext ends in .html", "https://blog.example.org/", "/srv/site", "/srv/site/_posts/2024-05-02-spring-recap.md",
			document.Meta{URL: "/:year/:month/:day/:title:output_ext"}, "https://blog.example.org/2024/05/02/spring-recap.html", true},
		{"Jekyll's default permalink for a post in _posts", "https://blog.example.org/", "/srv/site", "/srv/site/_posts/2024-05-02-spring-recap.md",
			document.Meta{Categories: []string{"Go", "Meetups"}, Slug: "spring-recap"}, "https://blog.example.org/go/meetups/2024/05/02/spring-recap.html", true},
		{"a Jekyll slug replaces the title", "https://blog.example.org/", "/srv/site", "/srv/site/_posts/2024-05-02-spring-recap.md",
			document.Meta{Slug: "recap"}, "https://blog.example.org/2024/05/02/recap.html", true},
		{"a Hugo page is at its section and name, in lower case", "https://blog.example.org/", "/srv/site", "/srv/site/content/posts/Spring-Recap.md",
			document.Meta{}, "https://blog.example.org/posts/spring-recap/", true},
		{"a Hugo page bundle is at its folder", "https://blog.example.org/", "/srv/site/content", "/srv/site/content/posts/spring-recap/index.md",
			document.Meta{}, "https://blog.example.org/posts/spring-recap/", true},
		{"a Hugo slug replaces the name", "https://blog.example.org/", "/srv/site", "/srv/site/content/posts/spring-recap.md",
			document.Meta{Slug: "spring"}, "https://blog.example.org/posts/spring/", true},
		{"a dated Hugo file name keeps its date (the slug taken from it is not the front matter's)", "https://blog.example.org/", "/srv/site", "/srv/site/content/posts/2024-05-02-recap.md",
			document.Meta{Slug: "recap"}, "https://blog.example.org/posts/2024-05-02-recap/", true},
		{"a Hugo page loaded from its section folder keeps the section", "https://blog.example.org/", "/srv/site/content/posts", "/srv/site/content/posts/recap.md",
			document.Meta{}, "https://blog.example.org/posts/recap/", true},
		{"a permalink with an unknown placeholder gives way to the layout", "https://blog.example.org/", "/srv/site", "/srv/site/content/posts/recap.md",
			document.Meta{URL: "/:weird/"}, "https://blog.example.org/posts/recap/", true},
		{"a plain folder's file is at its path below the loaded folder", "https://blog.example.org/", "/srv/notes", "/srv/notes/events/helsinki-2025.md",
			document.Meta{}, "https://blog.example.org/events/helsinki-2025/", true},
		{"a file named on its own is at its name", "https://blog.example.org/", "/srv/notes", "/srv/notes/helsinki-2025.md",
			document.Meta{}, "https://blog.example.org/helsinki-2025/", true},
		{"a name with a space is escaped", "https://blog.example.org/", "/srv/notes", "/srv/notes/spring recap.md",
			document.Meta{}, "https://blog.example.org/spring%20recap/", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, err := parseSiteURL(tt.base)
			if err != nil {
				t.Fatal(err)
			}
			got, fromSite := postURL(site{base: base}, tt.root, tt.file, tt.meta)
			if got != tt.want || fromSite != tt.fromSite {
				t.Errorf("postURL(%q, %q, %q) = %q, %v, want %q, %v", tt.base, tt.root, tt.file, got, fromSite, tt.want, tt.fromSite)
			}
		})
	}
}

func TestCheckSiteURL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"no site is allowed", "", true},
		{"an https URL", "https://blog.example.org/", true},
		{"an http URL with a path", "http://example.org/blog", true},
		{"a host without a scheme is refused", "blog.example.org", false},
		{"a path is refused", "/blog/", false},
		{"another scheme is refused", "ftp://example.org/", false},
		{"a query is refused", "https://example.org/?page=1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckSiteURL(tt.in)
			if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrSiteURL)) {
				t.Errorf("CheckSiteURL(%q) = %v, want ok %v", tt.in, err, tt.ok)
			}
		})
	}
}

func TestRootOf(t *testing.T) {
	paths := []string{"site", "site/content/posts", "one.md"}
	tests := []struct{ file, want string }{
		{"site/content/posts/a.md", "site/content/posts"},
		{"site/about.md", "site"},
		{"one.md", "."},
	}
	for _, tt := range tests {
		if got := rootOf(paths, tt.file); got != tt.want {
			t.Errorf("rootOf(%q) = %q, want %q", tt.file, got, tt.want)
		}
	}
}
