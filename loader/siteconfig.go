package loader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// site is what a load knows of the site a post is published on: its base URL and how its
// generator names pages, from the load's -site-url or the site's own configuration file.
type site struct {
	base *url.URL
	// permalink is Jekyll's permalink setting for the posts under _posts: a pattern
	// ("/:year/:title/") or a style ("pretty", "date", "ordinal", "none"); "" is Jekyll's
	// default.
	permalink string
	// sections maps a Hugo section to its permalink pattern ([permalinks] in the config).
	sections map[string]string
}

// siteConfigNames are the configuration files of the static site generators whose layouts
// postURL knows, in the order they are looked for in a folder. The Hugo names beginning with
// "config" are generic: such a file counts only when it sets a base URL.
var siteConfigNames = []string{
	"_config.yml", "_config.yaml", // Jekyll
	"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", // Hugo
	"config.toml", "config.yaml", "config.yml", "config.json", // Hugo, before 0.110
}

// maxSiteConfig bounds the size of a configuration file the loader reads; siteConfigLevels how
// many folders above a post it looks in.
const (
	maxSiteConfig    = 256 << 10
	siteConfigLevels = 12
)

// sites finds the site of each post file: the folders above it are searched for a static site's
// configuration (Jekyll's _config.yml with url and baseurl, Hugo's hugo.toml or config.toml
// with baseURL), up to a folder holding .git or siteConfigLevels folders up. A base URL given to
// the load (-site-url) overrides the configuration's. It is safe for concurrent use, and
// reads each folder once.
type sites struct {
	flag  *url.URL
	mu    sync.Mutex
	byDir map[string]*site // nil: no configuration in or above the folder
}

func newSites(flag *url.URL) *sites {
	return &sites{flag: flag, byDir: map[string]*site{}}
}

// of returns the site of the post in file; its base is nil when neither the load nor a
// configuration file gives one.
func (s *sites) of(file string) site {
	dir, err := filepath.Abs(filepath.Dir(file))
	var cfg *site
	if err == nil {
		cfg = s.find(dir, 0)
	}
	var out site
	if cfg != nil {
		out = *cfg
	}
	if s.flag != nil {
		out.base = s.flag
	}
	return out
}

// find returns the configuration in dir or above it, remembering the answer for dir.
func (s *sites) find(dir string, level int) *site {
	s.mu.Lock()
	cfg, seen := s.byDir[dir]
	s.mu.Unlock()
	if seen {
		return cfg
	}
	cfg, found := readSiteConfig(dir)
	if !found {
		parent := filepath.Dir(dir)
		if parent != dir && level+1 < siteConfigLevels && !exists(filepath.Join(dir, ".git")) {
			cfg = s.find(parent, level+1)
		}
	}
	s.mu.Lock()
	s.byDir[dir] = cfg
	s.mu.Unlock()
	return cfg
}

// exists reports whether p is there: .git is a folder in a clone and a file in a worktree.
func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// readSiteConfig reads the site configuration in dir, if any. A file that cannot be read or
// parsed is no configuration: the post's address then comes from its layout alone.
func readSiteConfig(dir string) (*site, bool) {
	for _, name := range siteConfigNames {
		data, err := readSmall(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		if cfg, ok := parseSiteConfig(name, data); ok {
			return cfg, true
		}
	}
	return nil, false
}

// readSmall reads a regular file no larger than maxSiteConfig.
func readSmall(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxSiteConfig {
		return nil, fmt.Errorf("%s: not a small regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxSiteConfig))
}

// parseSiteConfig reads a configuration file named name. It reports false when the file is
// not a site configuration: unreadable, or a generic name without a base URL.
func parseSiteConfig(name string, data []byte) (*site, bool) {
	var m map[string]any
	var err error
	switch filepath.Ext(name) {
	case ".toml":
		err = toml.Unmarshal(data, &m)
	case ".json":
		err = json.Unmarshal(data, &m)
	default:
		err = yaml.Unmarshal(data, &m)
	}
	if err != nil {
		return nil, false
	}
	cfg := &site{}
	if strings.HasPrefix(name, "_config.") {
		// Jekyll: the site is at url, under baseurl.
		u, _ := m["url"].(string)
		b, _ := m["baseurl"].(string)
		if u != "" {
			cfg.base, _ = parseSiteURL(strings.TrimRight(u, "/") + "/" + strings.Trim(b, "/"))
		}
		cfg.permalink, _ = m["permalink"].(string)
		return cfg, true
	}
	// Hugo: keys are case-insensitive.
	for k, v := range m {
		switch strings.ToLower(k) {
		case "baseurl":
			if s, ok := v.(string); ok {
				cfg.base, _ = parseSiteURL(s)
			}
		case "permalinks":
			cfg.sections = hugoPermalinks(v)
		}
	}
	if cfg.base == nil && strings.HasPrefix(name, "config.") {
		return nil, false
	}
	return cfg, true
}

// hugoPermalinks reads Hugo's [permalinks] table: section = pattern, or, since Hugo 0.114,
// the same under a "page" table.
func hugoPermalinks(v any) map[string]string {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	out := map[string]string{}
	for k, x := range m {
		switch x := x.(type) {
		case string:
			out[strings.ToLower(k)] = x
		case map[string]any:
			if strings.EqualFold(k, "page") {
				for sec, p := range x {
					if s, ok := p.(string); ok {
						out[strings.ToLower(sec)] = s
					}
				}
			}
		}
	}
	return out
}

// jekyllStyle expands Jekyll's named permalink styles into their patterns.
func jekyllStyle(p string) string {
	switch p {
	case "", "date":
		return "/:categories/:year/:month/:day/:title:output_ext"
	case "pretty":
		return "/:categories/:year/:month/:day/:title/"
	case "ordinal":
		return "/:categories/:year/:y_day/:title:output_ext"
	case "weekdate":
		return "/:categories/:year/W:week/:short_day/:title:output_ext"
	case "none":
		return "/:categories/:title:output_ext"
	}
	return p
}

// urlize makes a Hugo path segment of a title: lower case, words joined by hyphens, other
// punctuation dropped.
func urlize(s string) string {
	var b bytes.Buffer
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '-' || r == '_' || r == ' ' || r == '\t':
			dash = b.Len() > 0
		case r == '.' || r == '/' || (r < 128 && !isAlnum(byte(r))):
		default:
			if dash {
				b.WriteByte('-')
				dash = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
