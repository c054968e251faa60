package corpus_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/corpus"
)

// The same BBC articles read as text files, from a WARC crawl of their
// pages and from an RSS feed give the same headlines, the same text and
// the same graph. A text file holds its headline as its first line, a
// page or an item apart from the text: the graphs compared are those of
// the text below the headline.
func TestSameGraphFromTextWARCAndRSS(t *testing.T) {
	articles := bbcArticles(t, 6)
	var files []string
	for _, a := range articles {
		files = append(files, a.file)
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"politics.warc.gz": string(gzipMembers(t, warc(articles)...)),
		"politics.rss":     rss(articles),
	})
	extractor, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	graphs := map[string][]string{}
	for _, input := range []struct {
		name  string
		paths []string
	}{
		{"text files", files},
		{"WARC", []string{dir + "/politics.warc.gz"}},
		{"RSS", []string{dir + "/politics.rss"}},
	} {
		got := readAll(t, input.paths, corpus.Options{})
		if got.err != nil || len(got.problems) > 0 || len(got.documents) != len(articles) {
			t.Fatalf("%s: %d documents, error %v, problems %q", input.name, len(got.documents), got.err, got.problems)
		}
		for i, document := range got.documents {
			body := document.Text
			if input.name == "text files" {
				body = strings.TrimSpace(strings.TrimPrefix(body, document.Title))
			}
			if document.Title != articles[i].title || !sameWords(body, articles[i].body()) {
				t.Errorf("%s, document %d: headline %q and text %.60q..., want %q and %.60q...", input.name, i, document.Title, body, articles[i].title, articles[i].body())
			}
			article := extractor.Extract(extract.Document{ID: fmt.Sprint(i), Text: body})
			graphs[input.name] = append(graphs[input.name], facts(article)...)
		}
		t.Logf("%s: %d entities and relations", input.name, len(graphs[input.name]))
	}
	if len(graphs["text files"]) == 0 {
		t.Fatal("no entity extracted from the text files")
	}
	for _, name := range []string{"WARC", "RSS"} {
		if !slices.Equal(graphs[name], graphs["text files"]) {
			t.Errorf("the graph from %s differs from the one from the text files:\n%q\n%q", name, graphs[name], graphs["text files"])
		}
	}
}

// facts lists an article's entities and relations by name, sorted.
func facts(article *graph.Article) []string {
	names := map[string]string{}
	var result []string
	for _, entity := range article.Entities {
		names[entity.ID] = entity.Name
		result = append(result, fmt.Sprintf("%s %s (%d mentions)", entity.Type, entity.Name, len(entity.Mentions)))
	}
	for _, relation := range article.Relations {
		result = append(result, fmt.Sprintf("%s %s %s (negated %v)", names[relation.Subject], relation.Predicate, names[relation.Object], relation.Negated))
	}
	slices.Sort(result)
	return result
}
