package loader_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/talkgraph/talkgraph/loader"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.html", "c.txt", "notes.article", "image.png", ".hidden/x.md", "sub/d.markdown", "sub/index.md", "sub/talks.mdx"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := loader.Files([]string{dir, filepath.Join(dir, "image.png"), filepath.Join(dir, "b.md")})
	if err != nil {
		t.Fatalf("Files: %v", err)
	}
	want := []string{"a.html", "b.md", "c.txt", "notes.article", "sub/d.markdown", "sub/index.md", "sub/talks.mdx", "image.png"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
	if _, err := loader.Files([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("Files of a missing path returned no error")
	}
}

// TestFilesTakesTemplatePages covers server-side templates in a folder: taken when they start
// like a page (an HTML tag or front matter), left when they are code.
func TestFilesTakesTemplatePages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"past.php":       "<div class=\"events\">\n<h1>Past meetups</h1>\n</div>\n",
		"db.php":         "<?php\nrequire 'config.php';\n$db = connect();\n",
		"talks.html.erb": "---\ntitle: Talks\n---\n\n<h2>Talks</h2>\n",
		"helper.erb":     "<% items.each do |i| %>\n<%= i %>\n<% end %>\n",
		"page.njk":       "\n\n<section><h2>Agenda</h2></section>\n",
		"script.py":      "<p>not a page</p>\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "past.php"), filepath.Join(dir, "link.php")); err != nil {
		t.Fatal(err)
	}
	got, err := loader.Files([]string{dir})
	if err != nil {
		t.Fatalf("Files: %v", err)
	}
	want := []string{"page.njk", "past.php", "talks.html.erb"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
}

func TestPostID(t *testing.T) {
	tests := []struct{ path, want string }{
		{"posts/2019-recap.md", "2019-recap"},
		{"content/blog/spring-meetup/index.md", "spring-meetup"},
		{"repo/README.md", "repo"},
		{"talks.html", "talks"},
	}
	for _, tt := range tests {
		if got := loader.PostID(tt.path); got != tt.want {
			t.Errorf("PostID(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
