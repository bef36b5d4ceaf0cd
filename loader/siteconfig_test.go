package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/loader/document"
)

// TestSiteConfig: without -site-url, a post's address comes from the configuration file of the
// static site it sits in, found in the folders above it.
func TestSiteConfig(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // path below the test's folder -> content
		flag  string            // the load's -site-url
		post  string            // the post's path below the test's folder
		meta  document.Meta
		want  string
	}{
		{"Jekyll's url and baseurl, and its default permalink",
			map[string]string{"_config.yml": "title: Our blog\nurl: \"https://gophers.example.org\"\nbaseurl: \"/blog\"\n"},
			"", "_posts/2024-05-02-spring-recap.md", document.Meta{Categories: []string{"Meetups"}},
			"https://gophers.example.org/blog/meetups/2024/05/02/spring-recap.html"},
		{"Jekyll's pretty permalink style",
			map[string]string{"_config.yml": "url: https://gophers.example.org\npermalink: pretty\n"},
			"", "_posts/2024-05-02-spring-recap.md", document.Meta{},
			"https://gophers.example.org/2024/05/02/spring-recap/"},
		{"a permalink pattern of Jekyll's config",
			map[string]string{"_config.yml": "url: https://gophers.example.org\npermalink: /:year/:title/\n"},
			"", "_posts/2024-05-02-spring-recap.md", document.Meta{},
			"https://gophers.example.org/2024/spring-recap/"},
		{"Hugo's baseURL in hugo.toml, whatever its key's case",
			map[string]string{"hugo.toml": "baseurl = 'https://meetup.example.net/'\ntitle = 'Meetup'\n"},
			"", "content/events/Autumn-Night.md", document.Meta{},
			"https://meetup.example.net/events/autumn-night/"},
		{"Hugo's [permalinks] pattern for the post's section",
			map[string]string{"config.toml": "baseURL = \"https://meetup.example.net/\"\n[permalinks]\nposts = \"/:year/:month/:title/\"\n"},
			"", "content/posts/autumn.md", document.Meta{Title: "Autumn Night: Go & Rust!", Published: "2023-10-12"},
			"https://meetup.example.net/2023/10/autumn-night-go-rust/"},
		{"Hugo's [permalinks.page] table, a page bundle named for its folder",
			map[string]string{"hugo.yaml": "baseURL: https://meetup.example.net/\npermalinks:\n  page:\n    posts: /:section/:filename/\n"},
			"", "content/posts/autumn-night/index.md", document.Meta{},
			"https://meetup.example.net/posts/autumn-night/"},
		{"a section without a pattern keeps Hugo's default",
			map[string]string{"hugo.toml": "baseURL = \"https://meetup.example.net/\"\n[permalinks]\nposts = \"/:year/:title/\"\n"},
			"", "content/talks/generics.md", document.Meta{},
			"https://meetup.example.net/talks/generics/"},
		{"the configuration is found several folders up",
			map[string]string{"hugo.toml": "baseURL = \"https://meetup.example.net/\"\n"},
			"", "content/archive/2019/spring/recap.md", document.Meta{},
			"https://meetup.example.net/archive/2019/spring/recap/"},
		{"-site-url overrides the configuration's base URL but keeps its permalink",
			map[string]string{"_config.yml": "url: https://old.example.org\npermalink: pretty\n"},
			"https://new.example.org/", "_posts/2024-05-02-spring-recap.md", document.Meta{},
			"https://new.example.org/2024/05/02/spring-recap/"},
		{"a generic config.yaml without a base URL is not a site's",
			map[string]string{"config.yaml": "lint: strict\n"},
			"", "content/posts/recap.md", document.Meta{}, ""},
		{"a configuration that does not parse gives no address",
			map[string]string{"_config.yml": "url: [https://broken\n"},
			"", "_posts/2024-05-02-recap.md", document.Meta{}, ""},
		{"a relative Hugo baseURL gives no address",
			map[string]string{"hugo.toml": "baseURL = \"/\"\n"},
			"", "content/posts/recap.md", document.Meta{}, ""},
		{"the search stops at the repository's top folder",
			map[string]string{"hugo.toml": "baseURL = \"https://outer.example.org/\"\n", "site/.git/HEAD": "ref: refs/heads/main\n"},
			"", "site/content/posts/recap.md", document.Meta{}, ""},
		{"a configuration over the size limit is not read",
			map[string]string{"hugo.toml": "baseURL = \"https://meetup.example.net/\"\n# " + strings.Repeat("x", maxSiteConfig) + "\n"},
			"", "content/posts/recap.md", document.Meta{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for p, body := range tt.files {
				write(t, filepath.Join(dir, p), body)
			}
			post := filepath.Join(dir, tt.post)
			write(t, post, "# A post\n")
			flag, err := parseSiteURL(tt.flag)
			if err != nil {
				t.Fatal(err)
			}
			st := newSites(flag).of(post)
			got := ""
			if st.base != nil {
				got, _ = postURL(st, dir, post, tt.meta)
			}
			if got != tt.want {
				t.Errorf("address of %s = %q, want %q", tt.post, got, tt.want)
			}
		})
	}
}

// TestSiteConfigSpecialFiles: a configuration file that is a link to a device or a FIFO is not
// read (the loader would hang or run out of memory), and the post keeps no address.
func TestSiteConfigSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "hugo.toml")); err != nil {
		t.Skip(err)
	}
	post := filepath.Join(dir, "content", "posts", "recap.md")
	write(t, post, "# A post\n")
	if st := newSites(nil).of(post); st.base != nil {
		t.Errorf("a /dev/zero link as hugo.toml gave the base URL %v", st.base)
	}
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}
