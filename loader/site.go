package loader

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/talkgraph/talkgraph/loader/document"
)

// A post's address (Post.url) is what its front matter says (url, permalink, canonical or
// link) when that is a full URL. Otherwise, when the site's base URL is known (the load's
// Options.SiteURL, or the site's own configuration file found above the post: Jekyll's url and
// baseurl, Hugo's baseURL; see sites), the address is the one the site's generator gives the
// file:
//
//   - a front matter address that is a path ("/2024/05/recap/", Jekyll's permalink, Hugo's
//     url) is read under the base URL; Jekyll's :year, :month, :day, :title, :slug and
//     :categories are filled in;
//   - a file under a Jekyll _posts folder, named YYYY-MM-DD-title.md, is at the site's
//     permalink setting (a pattern or a style such as "pretty"), by default
//     /categories/YYYY/MM/DD/title.html (categories from the front matter, lower case; the
//     front matter's slug replaces the title);
//   - a file under a Hugo content folder is at its section's pattern in the site's
//     [permalinks] (:year, :month, :day, :section, :title, :slug, :filename), by default at
//     /section/name/ (lower case), a page bundle (section/name/index.md) at /section/name/, and
//     the front matter's slug replaces the last part;
//   - any other file is at its path below the folder given to load, without its extension and
//     with a trailing slash (/events/helsinki-2025/), the slug replacing the last part.
//
// Without a base URL a post keeps the front matter's address as written, or none.

// ErrSiteURL means the site's base URL is not an absolute http or https URL.
var ErrSiteURL = errors.New("the site URL must be an absolute http or https URL, e.g. https://blog.example.org/")

// parseSiteURL checks a site's base URL; an empty one is no site.
func parseSiteURL(s string) (*url.URL, error) {
	if s == "" {
		return nil, nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("loader: %q: %w", s, ErrSiteURL)
	}
	return u, nil
}

// CheckSiteURL reports whether s can be a load's Options.SiteURL (empty is allowed: no site).
func CheckSiteURL(s string) error {
	_, err := parseSiteURL(s)
	return err
}

// rootOf returns the folder of paths (as given to Load) that file was found in: the longest
// folder that contains it, or the file's own folder when it was named itself.
func rootOf(paths []string, file string) string {
	root := filepath.Dir(file)
	best := -1
	for _, p := range paths {
		p = filepath.Clean(p)
		if file == p {
			continue
		}
		if strings.HasPrefix(file, p+string(filepath.Separator)) && len(p) > best {
			root, best = p, len(p)
		}
	}
	return root
}

// postURL returns the address of the post in file (found in folder root) on the site, and
// whether it comes from the site rather than from a full URL in the front matter. It returns
// "" when there is no address to give.
func postURL(st site, root, file string, meta document.Meta) (string, bool) {
	base := st.base
	given := strings.TrimSpace(meta.URL)
	if u, err := url.Parse(given); given != "" && err == nil && u.IsAbs() {
		return given, false
	}
	if base == nil {
		return given, false
	}
	if given != "" && strings.HasPrefix(given, "/") {
		if p, ok := expandPermalink(given, file, meta); ok {
			return join(base, strings.Split(strings.Trim(p, "/"), "/"), strings.HasSuffix(p, "/")), true
		}
	}
	segs, pretty := sitePath(st, root, file, meta)
	if segs == nil {
		return "", false
	}
	return join(base, segs, pretty), true
}

// sitePath returns the path segments of the file's address and whether it ends in a slash.
func sitePath(st site, root, file string, meta document.Meta) ([]string, bool) {
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	parts := strings.Split(filepath.ToSlash(abs), "/")
	name := parts[len(parts)-1]
	name = strings.TrimSuffix(name, filepath.Ext(name))
	dirs := parts[:len(parts)-1]
	slug := explicitSlug(meta, name)

	// Jekyll: _posts/YYYY-MM-DD-title.ext
	if i := lastIndex(dirs, "_posts"); i >= 0 {
		if st.permalink != "" {
			if p, ok := expandPermalink(jekyllStyle(st.permalink), file, meta); ok {
				return strings.Split(strings.Trim(p, "/"), "/"), strings.HasSuffix(p, "/")
			}
		}
		if date, title, ok := datedName(name); ok {
			if slug != "" {
				title = slug
			}
			segs := lowerAll(meta.Categories)
			segs = append(segs, date[:4], date[5:7], date[8:10], title+".html")
			return segs, false
		}
	}
	// Hugo: content/section/.../name.ext or content/section/name/index.ext
	if i := lastIndex(dirs, "content"); i >= 0 {
		if len(dirs) > i+1 {
			if p, ok := st.sections[strings.ToLower(dirs[i+1])]; ok {
				if p, ok := expandHugo(p, dirs[i+1:], name, meta); ok {
					return strings.Split(strings.Trim(p, "/"), "/"), strings.HasSuffix(p, "/")
				}
			}
		}
		segs := lowerAll(pageSegments(dirs[i+1:], name))
		return withSlug(segs, strings.ToLower(slug)), true
	}
	rel, err := filepath.Rel(root, filepath.Dir(file))
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = "."
	}
	var reldirs []string
	if rel != "." {
		reldirs = strings.Split(filepath.ToSlash(rel), "/")
	}
	return withSlug(pageSegments(reldirs, name), slug), true
}

// pageSegments is dirs and name, or dirs alone for a bundle's index file.
func pageSegments(dirs []string, name string) []string {
	segs := append([]string{}, dirs...)
	switch strings.ToLower(name) {
	case "index", "_index", "readme":
		return segs
	}
	return append(segs, name)
}

// withSlug replaces the last segment by slug, when there is one.
func withSlug(segs []string, slug string) []string {
	if slug == "" {
		return segs
	}
	if len(segs) == 0 {
		return []string{slug}
	}
	segs[len(segs)-1] = slug
	return segs
}

// explicitSlug is the front matter's slug, or "" when there is none or it was only taken from
// a Jekyll-style file name (document.Parse does that).
func explicitSlug(meta document.Meta, name string) string {
	slug := strings.Trim(strings.TrimSpace(meta.Slug), "/")
	if _, title, ok := datedName(name); ok && slug == title {
		return ""
	}
	return slug
}

// datedName splits a Jekyll post name "2016-08-05-a-roundup" into its date and title.
func datedName(name string) (date, title string, ok bool) {
	if len(name) < 12 || name[10] != '-' {
		return "", "", false
	}
	d, ok := document.ParseDate(name[:10])
	if !ok || d != name[:10] {
		return "", "", false
	}
	return d, name[11:], true
}

// expandPermalink fills in the Jekyll placeholders of a permalink; it reports false when one
// cannot be filled (an unknown placeholder, or a date the post does not have).
func expandPermalink(p, file string, meta document.Meta) (string, bool) {
	p = strings.ReplaceAll(p, ":output_ext", ".html")
	if !strings.Contains(p, ":") {
		return p, true
	}
	base := filepath.Base(file)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	date, title, dated := datedName(name)
	if !dated {
		title = name
		date = meta.Published
	}
	if s := explicitSlug(meta, name); s != "" {
		title = s
	}
	values := map[string]string{
		"categories": strings.Join(lowerAll(meta.Categories), "/"),
		"title":      title,
		"slug":       title,
	}
	if len(date) == 10 {
		values["year"], values["month"], values["day"] = date[:4], date[5:7], date[8:10]
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if !strings.HasPrefix(s, ":") {
			if strings.Contains(s, ":") {
				return "", false
			}
			continue
		}
		key, ext, _ := strings.Cut(s[1:], ".")
		v, ok := values[key]
		if !ok || (v == "" && key != "categories") {
			return "", false
		}
		if ext != "" {
			v += "." + ext
		}
		segs[i] = v
	}
	var out []string
	for _, s := range segs {
		if s != "" {
			out = append(out, s)
		}
	}
	res := "/" + strings.Join(out, "/")
	if strings.HasSuffix(p, "/") {
		res += "/"
	}
	return res, true
}

// expandHugo fills in a Hugo permalink pattern for the page name in the folders dirs below
// content (the first is its section); it reports false when a placeholder cannot be filled.
func expandHugo(p string, dirs []string, name string, meta document.Meta) (string, bool) {
	if strings.EqualFold(name, "index") && len(dirs) > 1 {
		name, dirs = dirs[len(dirs)-1], dirs[:len(dirs)-1] // a page bundle is named for its folder
	}
	title := urlize(meta.Title)
	slug := strings.Trim(strings.TrimSpace(meta.Slug), "/")
	if slug == "" {
		slug = title
	}
	values := map[string]string{
		"section":         strings.ToLower(dirs[0]),
		"sections":        strings.ToLower(strings.Join(dirs, "/")),
		"title":           title,
		"slug":            slug,
		"filename":        strings.ToLower(name),
		"contentbasename": strings.ToLower(name),
	}
	if d := meta.Published; len(d) >= 10 {
		values["year"], values["month"], values["day"] = d[:4], d[5:7], d[8:10]
	}
	out := p
	for strings.Contains(out, ":") {
		i := strings.Index(out, ":")
		j := i + 1
		for j < len(out) && (isAlnum(out[j]) || out[j] == '_') {
			j++
		}
		v, ok := values[out[i+1:j]]
		if !ok || v == "" {
			return "", false
		}
		out = out[:i] + v + out[j:]
	}
	return out, true
}

// join puts segments under base's path, escaped, with a trailing slash when pretty.
func join(base *url.URL, segs []string, pretty bool) string {
	var keep []string
	for _, s := range segs {
		if s != "" && s != "." {
			keep = append(keep, s)
		}
	}
	u := *base
	u = *u.JoinPath(keep...)
	if pretty && !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		u.RawPath = ""
	}
	return u.String()
}

func lastIndex(xs []string, x string) int {
	for i := len(xs) - 1; i >= 0; i-- {
		if xs[i] == x {
			return i
		}
	}
	return -1
}

func lowerAll(xs []string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
			out = append(out, x)
		}
	}
	return out
}
