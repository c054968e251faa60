package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kg-project/kg/graph/analysis"
	"github.com/kg-project/kg/internal/corpus"
	"github.com/kg-project/kg/internal/ingest"
	"github.com/kg-project/kg/internal/lookup"
	"github.com/kg-project/kg/internal/serve"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/store"
)

var updateScreenshot = flag.Bool("update", false, "write the explorer's screenshot to testdata/explorer.png")

// screenshotPath is the picture of the explorer the README shows.
const screenshotPath = "testdata/explorer.png"

// The browser's window: wide enough for the three columns of the page.
const windowWidth, windowHeight = 1400, 860

// browserNames are the executables tried for a headless browser, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// browserPath returns the Chromium or Chrome to drive, and skips the test
// when there is none: .ci/run installs chromium.
func browserPath(t *testing.T) string {
	t.Helper()
	for _, name := range browserNames {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skipf("no Chromium or Chrome found (tried %s): the explorer's browser tests skip; install chromium to run them", strings.Join(browserNames, ", "))
	return ""
}

// newBrowser starts a headless browser for the test and returns a context
// whose tab the test drives, and the console messages that are errors or
// uncaught exceptions, which the test checks at its end: a script error
// or a refusal of the page's Content-Security-Policy shows there.
func newBrowser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	exe := browserPath(t)
	options := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(exe),
		chromedp.WindowSize(windowWidth, windowHeight),
		chromedp.DisableGPU,
	)
	allocator, cancelAllocator := chromedp.NewExecAllocator(context.Background(), options...)
	t.Cleanup(cancelAllocator)
	ctx, cancel := chromedp.NewContext(allocator)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	var mu sync.Mutex
	var problems []string
	listening, stopListening := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for message, err := range chromedp.Console(listening) {
			if err != nil {
				return
			}
			// The browser logs every API answer of 4xx, and the page
			// asks for names that fail on purpose; its own files must load.
			if message.Source == "network" && strings.Contains(message.URL, "/api/") {
				continue
			}
			if message.Type == chromedp.ConsoleError || message.IsException() {
				mu.Lock()
				problems = append(problems, message.String())
				mu.Unlock()
			}
		}
	}()
	return ctx, func() []string {
		stopListening()
		<-done
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(problems)
	}
}

// politicsStore builds a store of the BBC's politics articles through
// kg's pipeline and analyses it as kg analyse does: the articles that
// name Tony Blair and Gordon Brown, paths between the party leaders, and
// the PageRank and communities the page draws. It takes some seconds.
func politicsStore(t *testing.T) *store.Store {
	t.Helper()
	politics := sharedtest.Path(t, "data", "bbc", "politics")
	st, err := store.Open(filepath.Join(t.TempDir(), "kg.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	if _, err := ingest.Build(context.Background(), st, ingest.Files([]string{politics}, corpus.Options{}), ingest.Options{}); err != nil {
		t.Fatalf("build the politics store: %v", err)
	}
	excluded, err := lookup.ParseExclusion(lookup.DefaultExclusion)
	if err != nil {
		t.Fatal(err)
	}
	g, err := analysis.Load(excluded.Graph(st))
	if err != nil {
		t.Fatal(err)
	}
	result := analysis.Analyse(g, analysis.Options{})
	result.Summary.Excluded = excluded.String()
	if err := st.PutAnalysis(result.Summary, result.Metrics); err != nil {
		t.Fatal(err)
	}
	return st
}

// logWriter writes the server's log to the test's.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Logf("server: %s", bytes.TrimRight(p, "\n"))
	return len(p), nil
}

// explorerServer serves kg serve's handler over st, its log going to the
// test's.
func explorerServer(t *testing.T, st *store.Store) *httptest.Server {
	t.Helper()
	server, err := serve.New(st, serve.Options{Log: logWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	httpServer := httptest.NewServer(server.Handler())
	t.Cleanup(httpServer.Close)
	return httpServer
}

// explorer drives the page of one server through the scenario the README
// describes, step by step, each step checking what the page shows.
type explorer struct {
	t      *testing.T
	ctx    context.Context
	server *httptest.Server
	// step, when set, is told the name of each step of the scenario once
	// the page shows its result.
	step func(name string)
}

func (e *explorer) done(name string) {
	if e.step != nil {
		e.step(name)
	}
}

// run runs actions with a bound on time, so that a page that never gets
// where a step waits for fails the step rather than hangs the test.
func (e *explorer) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		e.t.Fatalf("%s: %v; the page says %q", what, err, e.says())
	}
}

// says returns what the page's status line and panel say, to explain a
// step that failed.
func (e *explorer) says() string {
	ctx, cancel := context.WithTimeout(e.ctx, 5*time.Second)
	defer cancel()
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status").textContent + " | " + document.getElementById("panel").innerText`))
	if err != nil {
		return err.Error()
	}
	return text
}

func evaluate[T any](e *explorer, expression string) T {
	e.t.Helper()
	value, err := chromedp.Run(e.ctx, chromedp.Evaluate[T](expression))
	if err != nil {
		e.t.Fatalf("evaluate %s: %v", expression, err)
	}
	return value
}

// idle waits until the page has no request of its own in flight.
func (e *explorer) idle(what string) {
	e.t.Helper()
	e.run(what, chromedp.Poll[chromedp.Void](`!document.getElementById("status").textContent.endsWith("…")`, chromedp.WithPollingTimeout(60*time.Second)))
}

func (e *explorer) drawnNames() []string {
	e.t.Helper()
	names := evaluate[[]string](e, `kgExplorer.cy.nodes().map((n) => n.data("name")).sort()`)
	return names
}

func (e *explorer) drawnCount() int {
	e.t.Helper()
	return evaluate[int](e, `kgExplorer.cy.nodes().length`)
}

// point is a place on the page, in CSS pixels from its top left corner.
type point struct{ X, Y float64 }

// clickGraph clicks where the expression says an element of
// the graph is drawn, as a reader's mouse would.
func (e *explorer) clickGraph(what, expression string) {
	e.t.Helper()
	at := evaluate[point](e, `(() => {
		const p = `+expression+`;
		const box = document.getElementById("graph").getBoundingClientRect();
		return {X: box.left + p.x, Y: box.top + p.y};
	})()`)
	e.run(what, chromedp.MouseClickXY(at.X, at.Y))
}

// dragGraph drags the entity the expression names by (dx, dy) CSS
// pixels with the mouse.
func (e *explorer) dragGraph(what, expression string, dx, dy float64) {
	e.t.Helper()
	at := evaluate[point](e, `(() => {
		const p = (`+expression+`).renderedPosition();
		const box = document.getElementById("graph").getBoundingClientRect();
		return {X: box.left + p.x, Y: box.top + p.y};
	})()`)
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, at.X, at.Y, chromedp.ButtonLeft, chromedp.ClickCount(1))}
	for i := 1; i <= 6; i++ {
		f := float64(i) / 6
		steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, at.X+f*dx, at.Y+f*dy, chromedp.ButtonLeft, leftHeld))
	}
	steps = append(steps, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, at.X+dx, at.Y+dy, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	e.run(what, steps...)
}

// leftHeld says the left button is down while the mouse moves.
func leftHeld(p *input.DispatchMouseEventParams) { p.Buttons = 1 }

func nodeNamed(name string) string {
	return fmt.Sprintf(`kgExplorer.cy.nodes().filter((n) => n.data("name") === %q)`, name)
}

func (e *explorer) search(name, pick string) {
	e.t.Helper()
	e.run("type in the search box",
		chromedp.Navigate(e.server.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("search")),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#stats dd").length > 0`),
		chromedp.SendKeys(chromedp.ID("search"), name),
	)
	// The suggestions come as the reader types; the one to pick is
	// reached with the arrow keys, as a keyboard user would.
	e.run("wait for the suggestions", chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`[...document.querySelectorAll("#suggestions li")].some((li) => li.firstChild.textContent === %q)`, pick)))
	suggestions := evaluate[[]string](e, `[...document.querySelectorAll("#suggestions li")].map((li) => li.firstChild.textContent)`)
	position := slices.Index(suggestions, pick)
	for range position + 1 {
		e.run("arrow down the suggestions", chromedp.KeyEvent(kb.ArrowDown))
	}
	selected := evaluate[string](e, `document.querySelector('#suggestions li[aria-selected="true"]').firstChild.textContent`)
	if selected != pick {
		e.t.Fatalf("suggestions %q: the arrow keys selected %q, want %q", suggestions, selected, pick)
	}
	e.run("choose the suggestion", chromedp.KeyEvent(kb.Enter))
	e.run("wait for the graph", chromedp.Poll[chromedp.Void](`Number(document.getElementById("graph").dataset.nodes) > 1`))
	e.idle("draw the neighbourhood")
}

// scenario is the walk the explorer is for: search, open, expand, read
// the evidence of a link, find a path and download what is drawn.
func scenario(t *testing.T, ctx context.Context, server *httptest.Server, step func(string)) *explorer {
	e := &explorer{t: t, ctx: ctx, server: server, step: step}

	e.search("Blair", "Tony Blair")
	names := e.drawnNames()
	if !slices.Contains(names, "Tony Blair") || !slices.Contains(names, "Gordon Brown") {
		t.Fatalf("the neighbourhood of Tony Blair draws %q, want Tony Blair and Gordon Brown among them", names)
	}
	root := evaluate[string](e, `kgExplorer.cy.nodes(".root").data("name")`)
	if root != "Tony Blair" {
		t.Errorf("the entity searched for is %q, want Tony Blair", root)
	}
	legend := evaluate[string](e, `document.getElementById("legend").textContent`)
	if !strings.Contains(legend, "Colour: community") || !strings.Contains(legend, "Size: PageRank") {
		t.Errorf("over an analysed store the legend says %q, want colours by community and sizes by PageRank", legend)
	}
	t.Logf("Tony Blair: %d entities drawn", len(names))
	e.done("open Tony Blair")

	before := len(names)
	e.clickGraph("click Gordon Brown", nodeNamed("Gordon Brown")+".renderedPosition()")
	e.run("expand Gordon Brown", chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`Number(document.getElementById("graph").dataset.nodes) > %d`, before)))
	e.idle("draw Gordon Brown's neighbours")
	after := e.drawnNames()
	if !evaluate[bool](e, nodeNamed("Gordon Brown")+`.hasClass("expanded")`) {
		t.Error("Gordon Brown is not marked expanded after the click")
	}
	title := evaluate[string](e, `document.getElementById("panel-title").textContent`)
	if title != "Gordon Brown" {
		t.Errorf("the panel shows %q after the click on Gordon Brown", title)
	}
	t.Logf("expanding Gordon Brown: %d entities drawn, were %d", len(after), before)
	e.done("expand Gordon Brown")

	edge := `kgExplorer.cy.edges().filter((e) => [e.source().data("name"), e.target().data("name")].sort().join() === "Gordon Brown,Tony Blair")`
	// A point of the link clear of entities and of other links, or null.
	clear := `(() => {
		const edge = ` + edge + `;
		const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
		const fractions = [];
		for (let i = 0; i <= 40; i++) fractions.push(0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.02);
		for (const f of fractions) {
			const p = {x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)};
			const covered = kgExplorer.cy.nodes().some((n) => {
				const box = n.renderedBoundingBox({includeLabels: true});
				return p.x >= box.x1 - 2 && p.x <= box.x2 + 2 && p.y >= box.y1 - 2 && p.y <= box.y2 + 2;
			});
			// Nor on another link that crosses or runs along this one there:
			// the click would open that one.
			const crossed = kgExplorer.cy.edges().some((o) => {
				if (edge.contains(o)) return false;
				const [s, t] = [o.source().renderedPosition(), o.target().renderedPosition()];
				const [dx, dy] = [t.x - s.x, t.y - s.y];
				const u = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy || 1)));
				return Math.hypot(p.x - s.x - u * dx, p.y - s.y - u * dy) < 4;
			});
			if (!covered && !crossed) return p;
		}
		return null; // every point of the line is under an entity or another link
	})()`
	if evaluate[bool](e, clear+" === null") {
		// Another link runs along this one all the way (the layout put a
		// third entity in line with the two): move Tony Blair 60 pixels
		// across it, as a reader would, to part them.
		across := evaluate[point](e, `(() => {
			const edge = `+edge+`;
			const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
			const n = Math.hypot(b.x - a.x, b.y - a.y) || 1;
			return {X: 60 * (a.y - b.y) / n, Y: 60 * (b.x - a.x) / n};
		})()`)
		e.dragGraph("move Tony Blair off the line", nodeNamed("Tony Blair"), across.X, across.Y)
	}
	e.clickGraph("click the link of Tony Blair and Gordon Brown", clear)
	e.run("read the evidence", chromedp.WaitVisible(chromedp.CSS("#panel-body .sentence")))
	sentences := evaluate[[]string](e, `[...document.querySelectorAll("#panel-body .sentence")].map((p) => p.textContent)`)
	sources := evaluate[[]string](e, `[...document.querySelectorAll("#panel-body .source")].map((p) => p.textContent)`)
	if len(sentences) == 0 || len(sources) != len(sentences) {
		t.Fatalf("the evidence panel shows %d sentences and %d sources", len(sentences), len(sources))
	}
	for i, sentence := range sentences {
		if strings.TrimSpace(sentence) == "" {
			t.Errorf("evidence sentence %d is empty", i+1)
		}
		if !strings.Contains(sources[i], "politics/") {
			t.Errorf("evidence sentence %d has source %q, want a document of the politics articles", i+1, sources[i])
		}
	}
	if title := evaluate[string](e, `document.getElementById("panel-title").textContent`); title != "Tony Blair and Gordon Brown" && title != "Gordon Brown and Tony Blair" {
		t.Errorf("the evidence panel is titled %q, want the two entities", title)
	}
	if !slices.ContainsFunc(sentences, func(s string) bool { return strings.Contains(s, "Brown") && strings.Contains(s, "Blair") }) {
		t.Errorf("no evidence sentence of Tony Blair and Gordon Brown names them both: %q", sentences)
	}
	t.Logf("Tony Blair and Gordon Brown: %d sentences, the first %q", len(sentences), sentences[0])
	e.done("read the evidence")

	e.run("find a path",
		chromedp.SetValue(chromedp.ID("path-from"), "Peter Mandelson"),
		chromedp.SetValue(chromedp.ID("path-to"), "Michael Howard"),
		chromedp.Click(chromedp.CSS(`#path-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#panel-body .path-steps li")),
	)
	onPath := evaluate[[]string](e, `kgExplorer.cy.nodes(".path").map((n) => n.data("name")).sort()`)
	steps := evaluate[int](e, `document.querySelectorAll("#panel-body .path-steps li").length`)
	if !slices.Contains(onPath, "Peter Mandelson") || !slices.Contains(onPath, "Michael Howard") || len(onPath) != steps+1 {
		t.Errorf("the path of %d steps highlights %q, want Peter Mandelson, Michael Howard and the %d between", steps, onPath, steps-1)
	}
	if highlighted := evaluate[int](e, `kgExplorer.cy.edges(".path").length`); highlighted != steps {
		t.Errorf("the path of %d steps highlights %d links", steps, highlighted)
	}
	t.Logf("path from Peter Mandelson to Michael Howard: %d steps through %q", steps, onPath)
	e.done("find a path")

	checkGEXF(t, e)
	checkEgoExport(t, e)
	e.done("download the GEXF")
	return e
}

// gexfFile holds what the test reads of a GEXF file.
type gexfFile struct {
	XMLName xml.Name `xml:"gexf"`
	Nodes   []struct {
		ID    string `xml:"id,attr"`
		Label string `xml:"label,attr"`
	} `xml:"graph>nodes>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"graph>edges>edge"`
}

// download follows the page's GEXF link as a reader would, and returns
// the file the browser saved.
func (e *explorer) download() []byte {
	e.t.Helper()
	dir := e.t.TempDir()
	allow := func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, target, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
		})
		return chromedp.Void{}, err
	}
	name := evaluate[string](e, `document.getElementById("gexf").getAttribute("download")`)
	e.run("download the GEXF", allow, chromedp.Click(chromedp.ID("gexf")))
	// The browser writes the file under a temporary name and renames it
	// once complete.
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			return data
		}
	}
	e.t.Fatalf("no %s downloaded within 30s", name)
	return nil
}

// checkGEXF downloads what is drawn as GEXF and checks it is XML that
// holds what is drawn, every entity on screen and edges between them
// only, and, where xmllint is installed, that GEXF 1.3's schema takes it.
func checkGEXF(t *testing.T, e *explorer) {
	t.Helper()
	data := e.download()
	var file gexfFile
	if err := xml.Unmarshal(data, &file); err != nil {
		t.Fatalf("the GEXF download is no XML: %v", err)
	}
	if file.XMLName.Space != "http://gexf.net/1.3" {
		t.Errorf("the GEXF download has namespace %q, want GEXF 1.3's", file.XMLName.Space)
	}
	drawn := e.drawnNames()
	var labels []string
	ids := make(map[string]bool)
	for _, node := range file.Nodes {
		labels = append(labels, node.Label)
		ids[node.ID] = true
	}
	slices.Sort(labels)
	if !slices.Equal(labels, drawn) {
		t.Errorf("the GEXF download holds the entities %q, the screen %q", labels, drawn)
	}
	links := evaluate[int](e, `kgExplorer.cy.edges().length`)
	if len(file.Edges) < links {
		t.Errorf("the GEXF download holds %d edges, fewer than the %d links drawn", len(file.Edges), links)
	}
	for _, edge := range file.Edges {
		if !ids[edge.Source] || !ids[edge.Target] {
			t.Errorf("GEXF edge %s -> %s has an end that is no node of the file", edge.Source, edge.Target)
		}
	}
	t.Logf("GEXF download: %d bytes, %d entities, %d edges", len(data), len(file.Nodes), len(file.Edges))

	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint is not installed: the GEXF download is not checked against GEXF 1.3's schema")
		return
	}
	schema := filepath.Join(sharedtest.Path(t, "schemas", "gexf-1.3"), "gexf.rng")
	path := filepath.Join(t.TempDir(), "explorer.gexf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if output, err := exec.Command(xmllint, "--noout", "--nonet", "--relaxng", schema, path).CombinedOutput(); err != nil {
		t.Errorf("xmllint rejects the GEXF download: %v\n%s", err, output)
	}
}

// checkEgoExport follows the page's link to the server's export of the
// entity opened and checks the file holds it and every neighbour of it
// that is drawn.
func checkEgoExport(t *testing.T, e *explorer) {
	t.Helper()
	link := evaluate[string](e, `document.getElementById("ego-gexf").href`)
	if !strings.HasPrefix(link, e.server.URL+"/api/export?") {
		t.Fatalf("the export link is %q, want the server's export", link)
	}
	response, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	data, err := io.ReadAll(response.Body)
	if err != nil {
		t.Fatal(err)
	}
	if response.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", link, response.Status, data)
	}
	var file gexfFile
	if err := xml.Unmarshal(data, &file); err != nil {
		t.Fatalf("the server's export is no XML: %v", err)
	}
	labels := make(map[string]bool)
	for _, node := range file.Nodes {
		labels[node.Label] = true
	}
	want := evaluate[[]string](e, `kgExplorer.cy.nodes(".root").closedNeighborhood("node").map((n) => n.data("name"))`)
	for _, name := range want {
		if !labels[name] {
			t.Errorf("the server's export of the entity opened lacks %q, drawn beside it", name)
		}
	}
	t.Logf("the server's export of the entity opened: %d entities, %d edges", len(file.Nodes), len(file.Edges))
}

// checkScreenshot takes a picture of the page, checks it is one, and with
// -update writes it where the README shows it.
func checkScreenshot(t *testing.T, e *explorer) {
	t.Helper()
	e.run("fit the drawing", chromedp.Click(chromedp.ID("fit")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("controls").scrollTop = 0`))
	picture, err := chromedp.Run(e.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	config, err := png.DecodeConfig(bytes.NewReader(picture))
	if err != nil {
		t.Fatalf("the screenshot is no PNG: %v", err)
	}
	if config.Width < windowWidth/2 || config.Height < windowHeight/2 {
		t.Errorf("the screenshot is %dx%d, want about the window's %dx%d", config.Width, config.Height, windowWidth, windowHeight)
	}
	if *updateScreenshot {
		if err := os.WriteFile(screenshotPath, picture, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkNames opens names as typed, without a suggestion: an ambiguous
// one lists its candidates, the choice of one draws it, and an unknown
// one offers the closest names.
func checkNames(t *testing.T, e *explorer) {
	t.Helper()
	open := func(name string) {
		e.run("open "+name,
			chromedp.SetValue(chromedp.ID("search"), name),
			chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS("#panel-body .candidates button")),
		)
	}
	open("BBC")
	candidates := evaluate[[]string](e, `[...document.querySelectorAll("#panel-body .candidates button")].map((b) => b.firstChild.textContent)`)
	if len(candidates) < 2 || !slices.Contains(candidates, "BBC") {
		t.Errorf("the ambiguous BBC lists %q, want the BBC among several candidates", candidates)
	}
	e.run("choose the BBC",
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#panel-body .candidates button")].find((b) => b.firstChild.textContent === "BBC").focus()`),
		chromedp.KeyEvent(kb.Enter),
		chromedp.Poll[chromedp.Void](`kgExplorer.cy.nodes(".root").data("name") === "BBC"`),
	)
	e.idle("draw the BBC")

	open("Blare")
	status := evaluate[string](e, `document.getElementById("status").textContent`)
	closest := evaluate[[]string](e, `[...document.querySelectorAll("#panel-body .candidates button")].map((b) => b.firstChild.textContent)`)
	if !strings.Contains(status, `"Blare"`) || !slices.Contains(closest, "Tony Blair") {
		t.Errorf("the unknown Blare says %q and offers %q, want no such entity and Tony Blair among the closest", status, closest)
	}
	if root := evaluate[string](e, `kgExplorer.cy.nodes(".root").data("name")`); root != "BBC" {
		t.Errorf("after an unknown name the drawing is of %q, want the BBC's left as it was", root)
	}
	t.Logf("BBC: %d candidates; Blare: closest %q", len(candidates), closest)

	// An ambiguous end of a path is chosen the same way, and the path
	// then found from the one chosen.
	e.run("find a path from an ambiguous name",
		chromedp.SetValue(chromedp.ID("path-from"), "Tony Blair"),
		chromedp.SetValue(chromedp.ID("path-to"), "BBC"),
		chromedp.Click(chromedp.CSS(`#path-form button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`document.getElementById("panel-title").textContent === 'Which "BBC"?'`),
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#panel-body .candidates button")].find((b) => b.firstChild.textContent === "BBC").click()`),
		chromedp.WaitVisible(chromedp.CSS("#panel-body .path-steps li")),
	)
	if title := evaluate[string](e, `document.getElementById("panel-title").textContent`); title != "Path from Tony Blair to BBC" {
		t.Errorf("after choosing the BBC as the path's end, the panel is titled %q", title)
	}
}

// checkFilters redraws Tony Blair's neighbourhood under each filter and
// checks that what is drawn obeys it.
func checkFilters(t *testing.T, e *explorer) {
	t.Helper()
	apply := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		e.run(what, append(actions, chromedp.Click(chromedp.ID("apply")))...)
		e.idle(what)
	}
	e.run("open Tony Blair",
		chromedp.SetValue(chromedp.ID("search"), "Tony Blair"),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`kgExplorer.cy.nodes(".root").data("name") === "Tony Blair"`),
	)
	e.idle("draw Tony Blair")

	// Without filters he has more neighbours than one page; "Show more"
	// brings the rest.
	first := e.drawnCount()
	total := evaluate[int](e, `kgExplorer.cy.nodes(".root").connectedEdges().length`)
	e.run("show more neighbours",
		chromedp.Click(chromedp.CSS("#panel-body button.more")),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`kgExplorer.cy.nodes().length > %d`, first)),
	)
	e.idle("draw more neighbours")
	shown := evaluate[string](e, `document.getElementById("status").textContent`)
	if more := e.drawnCount(); !strings.Contains(shown, fmt.Sprintf("%d of %d neighbours shown", more-1, more-1)) {
		t.Errorf("after Show more, %d entities are drawn (were %d, with %d links) and the page says %q, want every neighbour", more, first, total, shown)
	}

	apply("keep people only",
		chromedp.Click(chromedp.CSS(`input[name="types"][value="ORG"]`)),
		chromedp.Click(chromedp.CSS(`input[name="types"][value="GPE"]`)),
		chromedp.Click(chromedp.CSS(`input[name="types"][value="LOC"]`)),
	)
	types := evaluate[[]string](e, `[...new Set(kgExplorer.cy.nodes().map((n) => n.data("type")))]`)
	if !slices.Equal(types, []string{"PERSON"}) || e.drawnCount() < 2 {
		t.Errorf("with people only, %d entities of types %q are drawn", e.drawnCount(), types)
	}

	apply("keep tell only",
		chromedp.Click(chromedp.CSS(`input[name="types"][value="ORG"]`)),
		chromedp.Click(chromedp.CSS(`input[name="types"][value="GPE"]`)),
		chromedp.Click(chromedp.CSS(`input[name="types"][value="LOC"]`)),
		chromedp.SetValue(chromedp.ID("predicate"), "told"),
	)
	labels := evaluate[[]string](e, `kgExplorer.cy.edges().map((e) => e.data("label"))`)
	for _, label := range labels {
		if strings.Trim(strings.ReplaceAll(label, "not tell", "tell"), "tell, ") != "" {
			t.Errorf("with the predicate told, a link is labelled %q", label)
		}
	}
	if len(labels) == 0 {
		t.Error("with the predicate told, no link is drawn")
	}

	apply("keep 2005 on",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("predicate").value = ""`),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("since").value = "2005-01-01"`),
	)
	// The BBC's articles have no dates, so no evidence is of 2005 on.
	status := evaluate[string](e, `document.getElementById("status").textContent`)
	if e.drawnCount() != 1 || !strings.Contains(status, "no neighbours that the filters keep") {
		t.Errorf("with evidence since 2005 of undated articles, %d entities are drawn and the page says %q", e.drawnCount(), status)
	}
	t.Logf("filters: types %q, %d links of tell, none since 2005", types, len(labels))
}

func TestExplorer(t *testing.T) {
	ctx, problems := newBrowser(t)
	server := explorerServer(t, politicsStore(t))
	e := scenario(t, ctx, server, nil)
	checkScreenshot(t, e)
	checkNames(t, e)
	checkFilters(t, e)
	for _, problem := range problems() {
		t.Errorf("the page's console: %s", problem)
	}
}

// articleBatch returns the JSON Lines of the BBC's business articles, as a
// client would post them to the server.
func articleBatch(t *testing.T) []byte {
	t.Helper()
	dir := sharedtest.Path(t, "data", "bbc", "business")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var batch bytes.Buffer
	encoder := json.NewEncoder(&batch)
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(string(text), "\n")
		article := map[string]string{"id": "business/" + filepath.Base(file), "title": title, "text": string(text)}
		if err := encoder.Encode(article); err != nil {
			t.Fatal(err)
		}
	}
	return batch.Bytes()
}

func TestExplorerDuringIngest(t *testing.T) {
	ctx, problems := newBrowser(t)
	server := explorerServer(t, politicsStore(t))
	batch := articleBatch(t)

	type outcome struct {
		status int
		body   []byte
		err    error
	}
	posted := make(chan outcome, 1)
	go func() {
		response, err := http.Post(server.URL+"/api/articles", "application/x-ndjson", bytes.NewReader(batch))
		if err != nil {
			posted <- outcome{err: err}
			return
		}
		defer response.Body.Close()
		body, err := io.ReadAll(response.Body)
		posted <- outcome{status: response.StatusCode, body: body, err: err}
	}()

	// The ingest must still be running when the page has answered a
	// step, or the walk did not run beside it.
	var during []string
	e := scenario(t, ctx, server, func(step string) {
		if len(posted) == 0 {
			during = append(during, step)
		}
	})
	result := <-posted
	if result.err != nil {
		t.Fatalf("POST /api/articles: %v", result.err)
	}
	if result.status != http.StatusOK {
		t.Fatalf("POST /api/articles: HTTP %d: %s", result.status, result.body)
	}
	t.Logf("steps done while the ingest ran: %q; the ingest answered %s", during, bytes.TrimSpace(result.body))

	// The header reads the statistics again while an ingest runs, so it
	// comes to count every article stored without a reload.
	response, err := http.Get(server.URL + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	var stats struct{ Documents int }
	if err := json.NewDecoder(response.Body).Decode(&stats); err != nil {
		t.Fatal(err)
	}
	e.run("see the documents posted counted", chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`document.querySelector("#stats dd").textContent === %q`, thousands(stats.Documents)), chromedp.WithPollingTimeout(30*time.Second)))
	t.Logf("the header counts %d documents", stats.Documents)

	// An entity of the articles posted, whose name needs escaping in XML,
	// is found, drawn and written to GEXF.
	e.run("open Marks & Spencer",
		chromedp.SetValue(chromedp.ID("search"), "Marks & Spencer"),
		chromedp.Click(chromedp.CSS(`#search-form button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`kgExplorer.cy.nodes(".root").data("name") === "Marks & Spencer"`),
	)
	e.idle("draw Marks & Spencer")
	checkGEXF(t, e)
	if len(during) == 0 {
		t.Error("the ingest ended before the page had answered a step: the walk did not run beside it")
	}
	for _, problem := range problems() {
		t.Errorf("the page's console: %s", problem)
	}
}

// thousands writes n with commas between groups of three digits, as the
// page writes its counts.
func thousands(n int) string {
	digits := strconv.Itoa(n)
	var grouped strings.Builder
	for i, digit := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			grouped.WriteByte(',')
		}
		grouped.WriteRune(digit)
	}
	return grouped.String()
}
