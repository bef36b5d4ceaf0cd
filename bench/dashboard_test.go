package bench

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkDashboard opens each kind of dashboard page in headless Chromium, as a deep link,
// against talkgraph serving the synthetic corpus that BenchmarkLoad left in the bench Neo4j,
// with the answer cache off. It prints, per page, the time from the page's route starting to
// its content shown as the dashboard measures it (window.talkgraphTimings): the first visit,
// then the median and the worst of the next ones, with the share spent waiting for the API and
// drawing the neighbourhood graph. The objects are the biggest of their kind where that means
// the most work: the speaker in the most cities, the company with the most speakers, the city
// with the most events.
func BenchmarkDashboard(b *testing.B) {
	addr := benchNeo4j(b)
	chromium := ""
	for _, name := range []string{os.Getenv("TALKGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			chromium = p
			break
		}
	}
	if chromium == "" {
		b.Skip("no Chromium: install Debian's chromium or set TALKGRAPH_CHROMIUM")
	}
	tg, _, stop := startTalkgraph(b, addr, "TALKGRAPH_ANSWER_CACHE_MB=0")
	defer stop()
	pages := dashboardPages(b, tg)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1280, 900), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 15*time.Minute)
	defer cancelTimeout()

	type timing struct{ MS, API, Graph float64 }
	visit := func(path string) timing {
		var state string
		var t timing
		err := chromedp.Run(ctx,
			chromedp.Navigate(tg+path),
			chromedp.Poll(`['ready', 'error'].includes(document.body.dataset.state)`, nil, chromedp.WithPollingTimeout(60*time.Second)),
			chromedp.Evaluate(`document.body.dataset.state`, &state),
		)
		if err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		if state != "ready" {
			var msg string
			_ = chromedp.Run(ctx, chromedp.Text(`#main`, &msg, chromedp.ByQuery))
			b.Fatalf("%s: the dashboard shows an error: %s", path, strings.TrimSpace(msg))
		}
		if err := chromedp.Run(ctx, chromedp.Evaluate(`window.talkgraphTimings[0]`, &t)); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		return t
	}
	// The browser's first start and the assets' first fetch are no page's time.
	visit("/dashboard")

	repeats := envInt("TALKGRAPH_BENCH_DASHBOARD_REPEATS", 5)
	for i := 0; i < b.N; i++ {
		fmt.Printf("DASHBOARD %-12s %9s %9s %9s %9s %9s  %s\n", "page", "first_ms", "median_ms", "worst_ms", "api_ms", "graph_ms", "path")
		for _, p := range pages {
			first := visit(p.path)
			var rest []timing
			for range repeats {
				rest = append(rest, visit(p.path))
			}
			slices.SortFunc(rest, func(a, b timing) int { return cmp.Compare(a.MS, b.MS) })
			med := rest[len(rest)/2]
			worst := rest[len(rest)-1]
			fmt.Printf("DASHBOARD %-12s %9.0f %9.0f %9.0f %9.0f %9.0f  %s\n", p.name, first.MS, med.MS, max(worst.MS, first.MS), med.API, med.Graph, p.path)
			b.ReportMetric(med.MS, p.name+"-median-ms")
			b.ReportMetric(max(worst.MS, first.MS), p.name+"-worst-ms")
		}
	}
}

type dashboardPage struct{ name, path string }

// dashboardPages picks the objects whose pages BenchmarkDashboard opens.
func dashboardPages(b *testing.B, tg string) []dashboardPage {
	const q = `{
  speakersInSeveralCities(minCities: 2, first: 1) { id name talks(first: 1) { id events { id } } }
  companiesBySpeakers(first: 1) { id }
  cities(first: 1, orderBy: {field: EVENT_COUNT, direction: DESC}) { nodes { id } }
}`
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(tg+"/graphql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			SpeakersInSeveralCities []struct {
				ID, Name string
				Talks    []struct {
					ID     string
					Events []struct{ ID string }
				}
			}
			CompaniesBySpeakers []struct{ ID string }
			Cities              struct{ Nodes []struct{ ID string } }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		b.Fatal(err)
	}
	d := r.Data
	if len(d.SpeakersInSeveralCities) == 0 || len(d.SpeakersInSeveralCities[0].Talks) == 0 || len(d.SpeakersInSeveralCities[0].Talks[0].Events) == 0 ||
		len(d.CompaniesBySpeakers) == 0 || len(d.Cities.Nodes) == 0 {
		b.Fatalf("the graph lacks a speaker in several cities, a company or a city: %+v", d)
	}
	p := d.SpeakersInSeveralCities[0]
	surname := p.Name[strings.LastIndex(p.Name, " ")+1:]
	typo := surname[:len(surname)-2] + surname[len(surname)-1:] // one letter dropped
	esc := url.PathEscape
	return []dashboardPage{
		{"overview", "/dashboard"},
		{"person", "/dashboard/person/" + esc(p.ID)},
		{"talk", "/dashboard/talk/" + esc(p.Talks[0].ID)},
		{"event", "/dashboard/event/" + esc(p.Talks[0].Events[0].ID)},
		{"company", "/dashboard/company/" + esc(d.CompaniesBySpeakers[0].ID)},
		{"city", "/dashboard/city/" + esc(d.Cities.Nodes[0].ID)},
		{"search", "/dashboard/search?q=" + url.QueryEscape(typo)},
		{"connection", "/dashboard/connection?from=" + url.QueryEscape(p.ID) + "&to=" + url.QueryEscape(d.CompaniesBySpeakers[0].ID)},
	}
}
