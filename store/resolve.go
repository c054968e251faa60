package store

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rules"
)

// Resolve works out, over the whole corpus, which nodes stand for one
// real-world entity and which type it is, and stores that as the
// resolution every query, export and analysis reads: the nodes of one
// entity show as one node, the canonical one, with the sums of their
// counts, all their aliases and all their edges.
//
// Put keeps one node per (type, normalised name), whatever else it has
// seen, so that the nodes do not depend on the order articles come in;
// Resolve joins them from the aggregates alone, deciding nothing by node
// id, so neither does the resolution:
//   - the nodes of one name under several types are one entity, its type
//     the one most of its mentions give (see voteType), except an
//     organisation and a place of one name named in different topics, as
//     a national team and its country are (see apart);
//   - full names of one person that differ in their middle names or
//     initials ("George Bush", "George W Bush"), in a generational suffix
//     ("Larry Mullen Jr", see graph.Surname) or in words before them
//     ("Chelsea winger Arjen Robben", "Liberal Democrat Charles Kennedy")
//     are one;
//   - a short name (a surname, an initial and a surname, a short form,
//     an abbreviation, an acronym) joins the one entity of a longer name
//     that the corpus gives it where its context says so, and stays apart
//     where several compete and most of its articles do not choose one,
//     where its neighbours are none of the longer name's, and where it
//     is a place's name or a first name its neighbours do not tie to one
//     person (see shortForms), in rounds, so that a name its neighbours'
//     joins decide is joined in the next (see maxRounds);
//   - a node whose name no entity has ("of the Sky") is dropped: it
//     resolves to no node (see isJunk), and so is a name of one word that
//     people of unrelated articles bear, one node of several people (see
//     severalPeople).
//
// The topic of an article is the directory of its id (see topicOf).
// An entity shows the fullest of its names that is most mentioned.
//
// Resolve writes a new generation of canonical and group keys, then
// names it in force in one transaction, then deletes the old one: a
// process killed at any point leaves a complete resolution in force, and
// the next Resolve removes what it left behind. kg build calls Resolve
// after storing articles; until then, nodes that articles added since the
// last Resolve stand for themselves. Put marks the resolution out of date
// in the transaction that stores articles, and Resolve does nothing while
// it is current, so a build that stores nothing new resolves nothing.
func (s *Store) Resolve() error {
	if s.readOnly {
		return fail(ErrReadOnly, "store: %s was opened read-only; cannot resolve its entities", s.dir)
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	var groups []groupPlan
	var junk []uint64
	var current uint64
	resolved := false
	err := s.view(func(txn *badger.Txn) error {
		if _, err := txn.Get(metaKey(metaResolved)); err == nil {
			resolved = true
			return nil
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("store: read resolution marker: %w", err)
		}
		summaries, err := loadSummaries(txn)
		if err != nil {
			return err
		}
		c := newCorpus(summaries)
		c.rules = s.rules
		groups = c.resolve()
		junk = c.junk
		current, err = readGeneration(txn)
		return err
	})
	if err != nil || resolved {
		return err
	}
	return s.writeResolution(current, groups, junk)
}

// groupPlan is one entity as Resolve makes it: its canonical node and
// group record (Members[0] is the canonical node).
type groupPlan struct {
	canonical uint64
	record    groupRecord
}

// corpusNode is a live node as Resolve reads it.
type corpusNode struct {
	id         uint64
	kind       graph.Type
	name       string // as the article of least id writes it
	normalised string
	words      []string
	mentions   int
	documents  int
	topics     map[string]int // articles mentioning it, by topic
	articles   []int          // articles mentioning it, as indices into corpus.articles
	short      bool           // a short form joined to a longer name's entity
	aliases    map[string]int // documents using each normalised alias
}

// corpus is what Resolve reads: every live node, in (normalised name,
// type) order, so that nothing depends on node ids.
type corpus struct {
	rules    *rules.Rules // the store's curation file: its apart rules hold here
	nodes    []*corpusNode
	junk     []uint64        // live nodes whose names no entity has (see isJunk)
	articles [][]*corpusNode // the nodes each article mentions
}

// topicOf is the topic of an article: the directory of its id, so that a
// corpus kept in sections (bbc/sport/001.txt) has one topic a section,
// and one without them a single topic.
func topicOf(article string) string {
	if i := strings.LastIndexByte(article, '/'); i >= 0 {
		return article[:i]
	}
	return ""
}

// NodeSummary is what Resolve knows of a live node: what the aggregates
// of a store hold, or what a pipeline gathers from the articles, so that
// one resolution serves both (see loadSummaries and Resolution).
type NodeSummary struct {
	ID   uint64
	Type graph.Type
	// Name is the node record's; Spelling is how the article of least id
	// writes the normalised name ("" when none does), which the entity
	// shows (see complete).
	Name      string
	Spelling  string
	Mentions  int
	Documents int
	Articles  []string       // the articles mentioning it, ascending
	Aliases   map[string]int // documents using each normalised alias
}

// loadSummaries reads the summaries of the live nodes of a store, in id
// order.
func loadSummaries(txn *badger.Txn) ([]NodeSummary, error) {
	var summaries []NodeSummary
	index := make(map[uint64]int)
	err := scan(txn, []byte{prefixNode}, true, func(key Key, value []byte) error {
		record, err := decodeNode(value)
		if err != nil || record.Documents == 0 {
			return err
		}
		index[key.Node] = len(summaries)
		summaries = append(summaries, NodeSummary{
			ID: key.Node, Type: record.Type, Name: record.Name,
			Mentions: record.Mentions, Documents: record.Documents, Aliases: make(map[string]int),
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scan(txn, []byte{prefixMention}, false, func(key Key, _ []byte) error {
		if i, found := index[key.Node]; found {
			summaries[i].Articles = append(summaries[i].Articles, key.Article)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scan(txn, []byte{prefixSpelling}, true, func(key Key, value []byte) error {
		i, found := index[key.Node]
		if !found {
			return nil
		}
		record, err := decodeSpelling(value)
		summaries[i].Aliases[key.Name] = record.Documents
		if key.Name == normalise(summaries[i].Name) {
			summaries[i].Spelling = record.Spelling
		}
		return err
	})
	return summaries, err
}

// newCorpus makes the corpus Resolve reads from the summaries of the
// live nodes, in id order.
func newCorpus(summaries []NodeSummary) *corpus {
	c := &corpus{}
	articles := make(map[string]int)
	for _, summary := range summaries {
		if isJunk(summary.Name) {
			c.junk = append(c.junk, summary.ID)
			continue
		}
		normalised := normalise(summary.Name)
		node := &corpusNode{
			id: summary.ID, kind: summary.Type, name: summary.Name, normalised: normalised,
			words: strings.Fields(normalised), mentions: summary.Mentions, documents: summary.Documents,
			topics: make(map[string]int), aliases: summary.Aliases,
		}
		if summary.Spelling != "" {
			node.name = summary.Spelling
		}
		for _, id := range summary.Articles {
			node.topics[topicOf(id)]++
			article, seen := articles[id]
			if !seen {
				article = len(c.articles)
				articles[id] = article
				c.articles = append(c.articles, nil)
			}
			node.articles = append(node.articles, article)
			c.articles[article] = append(c.articles[article], node)
		}
		c.nodes = append(c.nodes, node)
	}
	slices.SortFunc(c.nodes, func(a, b *corpusNode) int {
		return cmp.Or(cmp.Compare(a.normalised, b.normalised), cmp.Compare(a.kind, b.kind))
	})
	return c
}

// Resolution returns the records Resolve writes as the first resolution
// of a store whose live nodes are summaries, in id order: the canonical
// and group keys of generation 1, and the meta records that put it in
// force. A store's own curation rules play no part: the corpus has none.
func Resolution(summaries []NodeSummary) []Record {
	c := newCorpus(summaries)
	const generation = 1
	var records []Record
	for _, group := range c.resolve() {
		records = append(records, Record{groupKey(generation, group.canonical), group.record.encode()})
		for _, member := range group.record.Members[1:] {
			records = append(records, Record{canonicalKey(generation, member), encodeID(group.canonical)})
		}
	}
	for _, node := range c.junk {
		records = append(records, Record{canonicalKey(generation, node), encodeID(0)})
	}
	return append(records,
		Record{metaKey(metaCanonical), encodeID(generation)},
		Record{metaKey(metaResolved), nil})
}

// entity is a set of nodes Resolve takes for one real-world entity.
type entity struct {
	nodes []*corpusNode // in corpus order
	kind  graph.Type
	name  *corpusNode // the node whose name it shows
}

// resolve groups the corpus's nodes into entities and plans the groups
// that differ from the nodes as stored.
func (c *corpus) resolve() []groupPlan {
	sets := newUnion(len(c.nodes))
	index := make(map[*corpusNode]int, len(c.nodes))
	byFolded := make(map[string][]int)
	for i, node := range c.nodes {
		index[node] = i
		byFolded[graph.FoldName(node.name)] = append(byFolded[graph.FoldName(node.name)], i)
	}
	// The curation file's apart rules: no join puts their names in one
	// entity.
	for folded, nodes := range byFolded {
		for _, other := range c.rules.KeptApart(folded) {
			for _, i := range nodes {
				for _, j := range byFolded[other] {
					sets.apart = append(sets.apart, [2]int{i, j})
				}
			}
		}
	}
	// One name, one entity, whatever types its mentions were given, but
	// for an organisation and a place that the corpus names in different
	// topics (see apart).
	byName := make(map[string][]int)
	var names []string
	// Full names of one person by first and last word.
	byFullName := make(map[string]int)
	for i, node := range c.nodes {
		if _, seen := byName[node.normalised]; !seen {
			names = append(names, node.normalised)
		}
		byName[node.normalised] = append(byName[node.normalised], i)
		if node.kind == graph.Person && len(node.words) > 1 {
			key := node.words[0] + " " + graph.Surname(node.words)
			if first, seen := byFullName[key]; seen {
				sets.join(first, i)
			} else {
				byFullName[key] = i
			}
		}
	}
	for _, name := range names {
		nodes := byName[name]
		org, place := -1, -1
		for _, i := range nodes {
			switch c.nodes[i].kind {
			case graph.Org:
				org = i
			case graph.GPE:
				place = i
			}
		}
		split := org >= 0 && place >= 0 && apart(c.nodes[org], c.nodes[place])
		for _, i := range nodes[1:] {
			if split && (i == org || nodes[0] == org) {
				continue
			}
			sets.join(nodes[0], i)
		}
		if split && nodes[0] == org {
			for _, i := range nodes[1:] {
				if i != place {
					sets.join(place, i)
				}
			}
		}
	}
	// "Chelsea winger Arjen Robben" is "Arjen Robben": a name that ends
	// with a person's full name is that person's, with the words that
	// describe them, whatever type the tagger gave it ("Liberal Democrat
	// Charles Kennedy").
	// Only a name most of whose mentions are a person's, and that ends
	// the names of fewer than two organisations: "Insurance Co" or "Foods
	// Inc", once taken for a person, is no one whom "Nippon Life
	// Insurance Co" or "Hershey Foods Inc" describes.
	orgTails := make(map[string]int)
	for _, node := range c.nodes {
		if node.kind == graph.Org {
			for start := 1; start+2 <= len(node.words); start++ {
				orgTails[strings.Join(node.words[start:], " ")]++
			}
		}
	}
	people := make(map[string]int)
	for i, node := range c.nodes {
		if node.kind == graph.Person && len(node.words) > 1 && mostlyPerson(c.nodes, byName[node.normalised]) && orgTails[node.normalised] < 2 {
			people[node.normalised] = i
		}
	}
	for i, node := range c.nodes {
		for start := 1; start+2 <= len(node.words); start++ {
			if j, found := people[strings.Join(node.words[start:], " ")]; found {
				sets.join(i, j)
				break
			}
		}
	}
	// Names of several words first ("J Hayes", "Man Utd"), so that the
	// one-word names then meet their entities whole. Each round decides
	// on the entities the round before left, and joins what it decides
	// at once, so that no join depends on the order of the names: a
	// short name its context did not choose for may be chosen in the
	// next, once the names around it have joined theirs (the surnames of
	// a team's line-up meet the players its full names' articles name).
	for _, oneWord := range []bool{false, true} {
		for range maxRounds {
			joined := false
			for _, join := range c.shortForms(c.entities(sets), sets, index, oneWord) {
				if a, b := index[join[0]], index[join[1]]; sets.find(a) != sets.find(b) {
					sets.join(a, b)
					// A join the curation file forbids is not made.
					joined = joined || sets.find(a) == sets.find(b)
				}
			}
			if !joined {
				break
			}
		}
	}
	var plans []groupPlan
	entities := c.entities(sets)
	surnames := c.surnamesAlone(entities, sets, index)
	for _, e := range entities {
		if c.severalPeople(e, sets, index, surnames) {
			for _, node := range e.nodes {
				c.junk = append(c.junk, node.id)
			}
			continue
		}
		canonical := e.name
		if len(e.nodes) == 1 && e.kind == canonical.kind {
			continue
		}
		record := groupRecord{Type: e.kind, Name: canonical.name, Members: []uint64{canonical.id}}
		var others []uint64
		for _, node := range e.nodes {
			if node != canonical {
				others = append(others, node.id)
			}
		}
		slices.Sort(others)
		record.Members = append(record.Members, others...)
		articles := make(map[int]bool)
		for _, node := range e.nodes {
			record.Overlap += node.documents
			for _, article := range node.articles {
				articles[article] = true
			}
		}
		record.Overlap -= len(articles)
		plans = append(plans, groupPlan{canonical: canonical.id, record: record})
	}
	return plans
}

// mostlyPerson reports whether more than half the mentions of the nodes
// of one name are a person's.
func mostlyPerson(nodes []*corpusNode, named []int) bool {
	person, all := 0, 0
	for _, i := range named {
		all += nodes[i].mentions
		if nodes[i].kind == graph.Person {
			person += nodes[i].mentions
		}
	}
	return 2*person > all
}

// apart reports whether an organisation and a place of one name are two
// entities, as a national team and its country are: each is named in
// minApart articles or more, and the organisation is named mostly (two
// thirds of its articles) in one topic that holds at most three quarters
// of the place's. Extraction reads a place named as a team in a report of
// sport as the team, so that a team keeps the type organisation in most
// of its articles, and the articles where it was not read so leave the
// place named in its other topics too.
func apart(org, place *corpusNode) bool {
	if org.documents < minApart || place.documents < minApart {
		return false
	}
	topic, most := "", -1
	for t, n := range org.topics {
		if n > most || n == most && t < topic {
			topic, most = t, n
		}
	}
	return 3*most >= 2*org.documents && 4*place.topics[topic] <= 3*place.documents
}

// severalPeople reports whether e is a name of one word that the vote
// makes a person's, joined to no longer name, in articles that each name
// other entities but none in common (none that maxCommon leaves out, nor
// any of surnames, the surnames standing alone: see surnamesAlone): each
// article's is someone else ("David" in seven articles, of a Barclay
// twin, a pop song, an Office character and a rugby player; "Stewart" in
// the line-ups of three teams), and one node would merge them all, so it
// names no entity. The types the tagger gave the name in some articles
// change nothing: "Young" of Ernst and Young, taken for an organisation,
// and of a Charlton line-up is no one, nor is "Hamilton" of a city, an
// actress's surname and a rugby line-up. A name in one article is that
// article's person, and so is one that some article gives a form of
// address ("Ms Abbott"): the prose speaks of that person, whom the node
// keeps.
func (c *corpus) severalPeople(e *entity, sets *union, index map[*corpusNode]int, surnames map[int]bool) bool {
	if e.kind != graph.Person {
		return false
	}
	for _, node := range e.nodes {
		if len(node.words) != 1 {
			return false
		}
		for alias := range node.aliases {
			if strings.HasSuffix(alias, " "+node.normalised) {
				return false
			}
		}
	}
	self := sets.find(index[e.nodes[0]])
	articles := make(map[int]bool)
	for _, node := range e.nodes {
		for _, article := range node.articles {
			articles[article] = true
		}
	}
	if len(articles) < 2 {
		return false
	}
	named := make(map[int]bool)
	for article := range articles {
		roots := make(map[int]bool)
		for _, other := range c.articles[article] {
			if root := sets.find(index[other]); root != self && !surnames[root] && (other.documents <= minCommon || other.documents*maxCommon <= len(c.articles)) {
				roots[root] = true
			}
		}
		if len(roots) == 0 {
			// An article naming no one else says nothing either way.
			return false
		}
		for root := range roots {
			if named[root] {
				return false
			}
			named[root] = true
		}
	}
	return true
}

// surnamesAlone returns the roots of the entities that are surnames
// standing alone: names of one word of people, joined to no longer name,
// that start no person's full name. One ties no two articles together
// (see severalPeople): line-ups of unrelated teams each name a Wood and a
// Buxton, but the first names that prose sets side by side ("princes
// William and Harry") keep their company.
func (c *corpus) surnamesAlone(entities []*entity, sets *union, index map[*corpusNode]int) map[int]bool {
	given := make(map[string]bool)
	for _, node := range c.nodes {
		if node.kind == graph.Person && len(node.words) > 1 {
			given[node.words[0]] = true
		}
	}
	surnames := make(map[int]bool)
	for _, e := range entities {
		alone := e.kind == graph.Person && !given[e.name.normalised] &&
			!slices.ContainsFunc(e.nodes, func(node *corpusNode) bool { return len(node.words) > 1 })
		if alone {
			surnames[sets.find(index[e.nodes[0]])] = true
		}
	}
	return surnames
}

// maxCommon is how common a name may be, as the number of articles of
// which one names it, for two articles naming it to be taken for articles
// of one person (see severalPeople): on the BBC corpus, a name in more
// than a thirtieth of them (the countries, parties and party leaders)
// ties together articles about different people, as Michael Howard would
// the three articles naming his wife Sandra.
const maxCommon = 30

// minCommon is the most articles that may name a name for it to tie two
// of them together however few the corpus has.
const minCommon = 3

// knownPlace reports whether the gazetteer knows name as a place with a
// government.
func knownPlace(name string) bool {
	entry, found := gazetteer.Lookup(name)
	return found && entry.Type == graph.GPE
}

// maxRounds is the most rounds of joining short names of one kind
// (several words, one word) Resolve makes. A round after the first joins
// only names whose context the round before changed, and costs as much
// as the first: on the BBC corpus the second joins 4 names where the
// first joined 577, and a third joins none.
const maxRounds = 2

// minApart is the fewest articles that must name an organisation and a
// place of one name for them to be told apart: fewer say too little of
// their topics.
const minApart = 5

// entities makes the sets of nodes into entities, in corpus order of
// their first nodes, each with its voted type and shown name.
func (c *corpus) entities(sets *union) []*entity {
	surnames := make(map[string]bool)
	for _, node := range c.nodes {
		if node.kind == graph.Person && len(node.words) > 1 {
			surnames[graph.Surname(node.words)] = true
		}
	}
	bySet := make(map[int]*entity)
	var entities []*entity
	for i, node := range c.nodes {
		root := sets.find(i)
		e := bySet[root]
		if e == nil {
			e = &entity{}
			bySet[root] = e
			entities = append(entities, e)
		}
		e.nodes = append(e.nodes, node)
	}
	for _, e := range entities {
		e.kind = voteType(e.nodes, surnames)
		e.name = shownName(e.nodes, e.kind)
	}
	return entities
}

// voteType is the type most mentions of an entity's nodes give, ties
// going to the type first in graph.Types. A one-word name taken for a
// person is the weakest vote: it counts only when no other type has any,
// unless the corpus names some person with that surname, since an
// unknown capitalised word is what the tagger most often takes for a
// person (Chelsea, Rosneft), and one the gazetteer knows as a place is a
// vote for the place ("Britain is heading in the wrong direction"). A
// name taken for a place that the gazetteer does not know as one counts
// half (Google).

func voteType(nodes []*corpusNode, surnames map[string]bool) graph.Type {
	votes := make(map[graph.Type]int)
	weak := 0
	for _, node := range nodes {
		switch {
		case node.kind == graph.Person && len(node.words) == 1 && knownPlace(node.name):
			votes[graph.GPE] += 2 * node.mentions
			continue
		case node.kind == graph.Person && len(node.words) == 1 && !surnames[node.normalised]:
			weak += node.mentions
			continue
		case node.kind == graph.GPE && !knownPlace(node.name):
			// Counted in halves, as whole votes are doubled below.
			votes[node.kind] += node.mentions
			continue
		}
		votes[node.kind] += 2 * node.mentions
	}
	if len(votes) == 0 {
		votes[graph.Person] = weak
	}
	best := graph.Types[0]
	for _, t := range graph.Types {
		if votes[t] > votes[best] {
			best = t
		}
	}
	if votes[best] == 0 {
		// A type outside graph.Types: the first node's.
		return nodes[0].kind
	}
	return best
}

// shownName is the node whose name an entity shows: of its names that
// are not a short form of another and have the most words (the fullest,
// one word or more), the most mentioned over all types, then the one of
// the entity's type, then the first in corpus order.
func shownName(nodes []*corpusNode, kind graph.Type) *corpusNode {
	mentions := make(map[string]int)
	for _, node := range nodes {
		mentions[node.normalised] += node.mentions
	}
	var best *corpusNode
	for _, node := range nodes {
		if best == nil {
			best = node
			continue
		}
		if c := cmp.Or(compareBool(!node.short, !best.short), cmp.Compare(min(len(node.words), 2), min(len(best.words), 2)),
			cmp.Compare(mentions[node.normalised], mentions[best.normalised])); c != 0 {
			if c > 0 {
				best = node
			}
			continue
		}
		if node.normalised == best.normalised && node.kind == kind && best.kind != kind {
			best = node
		}
	}
	return best
}

// shortForms returns, for every entity of a short name of one word, or
// of several (oneWord false), that joins the entity of a longer name, a
// node of each, and marks the short entity's nodes short. The candidates
// of a short name are the entities of a longer name and of a type its
// own nodes have that some article calls by it (a name of one word, or of
// two that is not a person's); for a
// one-word name of people, those that bear it as surname; for an
// initial and a surname ("J Hayes"), the people of that surname whose
// first name has that initial; and for a name of abbreviated words that
// is not a person's ("Man Utd"), the names of as many words that each
// abbreviates. A one-word name the gazetteer knows as a place has no
// person among its candidates.
// A sole candidate is joined when the two are named beside the same
// entities (see context, minShared: the entity of the longer name counts
// as its own neighbour), or in the same topics with some neighbour
// shared (minTopicShared) or too few named beside the short name to tell
// (minNeighbours), or when the short name is its acronym; a first name
// some person's full name starts with joins only on neighbours, not on
// topics. Of several, the
// one that two thirds of the short name's articles that name other
// entities are closest to (see closest); else the one whose articles use
// the short name most, if at least three times as many as any other's
// and it could be joined alone; otherwise the name is shared by several
// entities and stays apart.
func (c *corpus) shortForms(entities []*entity, sets *union, index map[*corpusNode]int, oneWord bool) [][2]*corpusNode {
	byAlias := make(map[string][]*entity)
	bySurname := make(map[string][]*entity)
	byInitials := make(map[string][]*entity)
	firstNames := make(map[string]bool)
	for _, e := range entities {
		seen := make(map[string]bool)
		for _, node := range e.nodes {
			seen[node.normalised] = true
		}
		for _, node := range e.nodes {
			for alias := range node.aliases {
				if len(alias) < len(e.name.normalised) && !seen[alias] {
					seen[alias] = true
					byAlias[alias] = append(byAlias[alias], e)
				}
			}
			if e.kind == graph.Person && len(node.words) > 1 {
				firstNames[node.words[0]] = true
				surname := graph.Surname(node.words)
				if !seen["\x00"+surname] {
					seen["\x00"+surname] = true
					bySurname[surname] = append(bySurname[surname], e)
				}
			}
			if key := initials(node.words); len(node.words) > 1 && !seen["\x01"+key] {
				seen["\x01"+key] = true
				byInitials[key] = append(byInitials[key], e)
			}
		}
	}
	// An entity a neighbour of both says the more of their being one the
	// fewer articles name it: the inverse of its document frequency,
	// logarithmic.
	weights := make(map[int]float64)
	for _, e := range entities {
		documents := 0
		for _, node := range e.nodes {
			documents += node.documents
		}
		weights[sets.find(index[e.nodes[0]])] = math.Log(float64(len(c.articles)+1) / float64(documents))
	}
	overlap := func(a, b map[int]bool, long int) float64 {
		total, shared := 0.0, 0.0
		for root := range a {
			total += weights[root]
			if b[root] || root == long {
				shared += weights[root]
			}
		}
		if total == 0 {
			return 0
		}
		return shared / total
	}
	contexts := make(map[*entity]map[int]bool)
	contextOf := func(e *entity) map[int]bool {
		if contexts[e] == nil {
			contexts[e] = c.context(e, sets, index)
		}
		return contexts[e]
	}
	var joins [][2]*corpusNode
	for _, short := range entities {
		words := short.name.words
		if (len(words) == 1) != oneWord {
			continue
		}
		word := short.name.normalised
		kinds := make(map[graph.Type]bool)
		documents := 0
		for _, node := range short.nodes {
			kinds[node.kind] = true
			documents += node.documents
		}
		var candidates []*entity
		add := func(long *entity) {
			if long != short && !slices.Contains(candidates, long) {
				candidates = append(candidates, long)
			}
		}
		// Two-word names of people are full names: their variants are
		// joined by first and last word.
		if len(words) == 1 || len(words) == 2 && short.kind != graph.Person {
			for _, long := range byAlias[word] {
				// A place's or a company's name that starts a longer one
				// (Liverpool, Liverpool Echo) is as often another entity:
				// the longer one takes it when articles call it so at
				// least half as often as the short name stands alone.
				if kinds[long.kind] && (long.kind == graph.Person || 2*uses(long, word) >= documents) {
					add(long)
				}
			}
		}
		if len(words) == 1 && kinds[graph.Person] {
			for _, long := range bySurname[word] {
				add(long)
			}
		}
		// A name the gazetteer knows as a place is that place, whatever
		// its mentions were taken for, and no person's surname
		// ("Britain", "Little Britain").
		if len(words) == 1 && knownPlace(short.name.name) {
			candidates = slices.DeleteFunc(candidates, func(long *entity) bool { return long.kind == graph.Person })
		}
		if len(words) == 2 && utf8.RuneCountInString(words[0]) == 1 {
			for _, long := range bySurname[words[1]] {
				if first := long.name.words[0]; len(first) > len(words[0]) && strings.HasPrefix(first, words[0]) {
					add(long)
				}
			}
		}
		if len(words) > 1 && short.kind != graph.Person {
			for _, long := range byInitials[initials(words)] {
				if kinds[long.kind] && abbreviates(words, long.name.words) {
					add(long)
				}
			}
		}
		if len(candidates) == 0 {
			continue
		}
		own := contextOf(short)
		type scored struct {
			long          *entity
			shared, topic float64
			uses, votes   int
		}
		options := make([]scored, len(candidates))
		for i, long := range candidates {
			options[i] = scored{long: long, shared: overlap(own, contextOf(long), sets.find(index[long.nodes[0]])), topic: topicShare(short, long), uses: uses(long, word)}
		}
		// Topics are few and wide: a longer name named in the short
		// name's topics must still share some rare neighbour with it,
		// if the short name's articles name enough to tell, unless the
		// short name is its acronym. A first name standing alone is
		// many people's, and joins only beside one's neighbours.
		given := len(words) == 1 && firstNames[word]
		enough := func(option scored) bool {
			return option.shared >= minShared || !given && option.topic >= minTopicShare &&
				(option.shared >= minTopicShared || len(own) < minNeighbours || acronym(short.name.name, option.long.name.words))
		}
		slices.SortStableFunc(options, func(a, b scored) int {
			return cmp.Or(cmp.Compare(b.shared, a.shared), cmp.Compare(b.uses, a.uses), cmp.Compare(b.topic, a.topic))
		})
		best := options[0]
		switch {
		case len(options) == 1:
			if !enough(best) {
				continue
			}
		default:
			longs := make([]map[int]bool, len(options))
			roots := make([]int, len(options))
			for i, option := range options {
				longs[i], roots[i] = contextOf(option.long), sets.find(index[option.long.nodes[0]])
			}
			articles := 0
			for _, node := range short.nodes {
				for _, article := range node.articles {
					i, named := c.closest(article, short, longs, roots, overlap, sets, index)
					if named {
						articles++
					}
					if i >= 0 {
						options[i].votes++
					}
				}
			}
			slices.SortStableFunc(options, func(a, b scored) int { return cmp.Compare(b.votes, a.votes) })
			if best = options[0]; articles > 0 && 3*best.votes >= 2*articles {
				break
			}
			slices.SortStableFunc(options, func(a, b scored) int { return cmp.Compare(b.uses, a.uses) })
			best = options[0]
			if best.uses < 3*max(options[1].uses, 1) || !enough(best) {
				continue
			}
		}
		for _, node := range short.nodes {
			node.short = true
		}
		joins = append(joins, [2]*corpusNode{short.nodes[0], best.long.nodes[0]})
	}
	return joins
}

// closest returns which of the contexts of the longer names competing
// for a short name the entities of one of its articles share most, if
// enough and at least twice as much as any other, or -1: an article
// about one of two namesakes names the people and places around that
// one. It also reports whether the article names any entity but the
// short name's: an article that does not says nothing either way.
func (c *corpus) closest(article int, short *entity, longs []map[int]bool, roots []int, overlap func(a, b map[int]bool, long int) float64, sets *union, index map[*corpusNode]int) (int, bool) {
	self := sets.find(index[short.nodes[0]])
	named := make(map[int]bool)
	for _, node := range c.articles[article] {
		if root := sets.find(index[node]); root != self {
			named[root] = true
		}
	}
	best, first, second := -1, 0.0, 0.0
	for i, long := range longs {
		switch shared := overlap(named, long, roots[i]); {
		case shared > first:
			best, first, second = i, shared, first
		case shared > second:
			second = shared
		}
	}
	if first < minShared || first < 2*second {
		return -1, len(named) > 0
	}
	return best, true
}

// acronym reports whether name is written in capitals that are the
// initials of long's words, function words aside ("MIT" of
// "Massachusetts Institute of Technology").
func acronym(name string, long []string) bool {
	if len(name) < 2 || strings.ToUpper(name) != name {
		return false
	}
	var content []string
	for _, word := range long {
		if !notFirstWords[word] {
			content = append(content, word)
		}
	}
	return strings.EqualFold(initials(content), name) && len(content) > 1
}

// initials is the first letters of words.
func initials(words []string) string {
	var b strings.Builder
	for _, word := range words {
		r, _ := utf8.DecodeRuneInString(word)
		b.WriteRune(r)
	}
	return b.String()
}

// abbreviates reports whether each of the words shortens the word of long
// in its place, keeping its first letter and some of the others in order
// ("man utd" of "manchester united"), and one of them is shorter. A
// hyphen joins two names ("united-arsenal"), not the letters of one.
func abbreviates(words, long []string) bool {
	if len(words) != len(long) {
		return false
	}
	shorter := false
	for i, word := range words {
		if strings.ContainsRune(long[i], '-') || !subsequence(word, long[i]) {
			return false
		}
		shorter = shorter || len(word) < len(long[i])
	}
	return shorter
}

// subsequence reports whether short's letters appear in long in order,
// the first of each the first of long.
func subsequence(short, long string) bool {
	if short == "" || long == "" || short[0] != long[0] {
		return false
	}
	i := 0
	for j := 0; j < len(long) && i < len(short); j++ {
		if long[j] == short[i] {
			i++
		}
	}
	return i == len(short)
}

// uses is the number of documents that call e by alias.
func uses(e *entity, alias string) int {
	n := 0
	for _, node := range e.nodes {
		n += node.aliases[alias]
	}
	return n
}

// context is the set of entities (as sets' roots) named in the articles
// that name e, e's own left out.
func (c *corpus) context(e *entity, sets *union, index map[*corpusNode]int) map[int]bool {
	self := sets.find(index[e.nodes[0]])
	context := make(map[int]bool)
	for _, node := range e.nodes {
		for _, article := range node.articles {
			for _, other := range c.articles[article] {
				if root := sets.find(index[other]); root != self {
					context[root] = true
				}
			}
		}
	}
	return context
}

// minShared is the share of a short name's neighbouring entities, each
// weighted by how few articles name it, that a longer name's must have
// for the two to be taken for one on their neighbours: less is what two
// unrelated names of a large corpus share.
const minShared = 0.05

// minTopicShared is the share of neighbours (see minShared) that a sole
// candidate named in the short name's topics must still have: on the
// BBC corpus, surnames joined to a full name with none shared were most
// often other people's (a rugby player's Warnock, not the football
// manager Neil Warnock).
const minTopicShared = 0.01

// minNeighbours is the fewest entities a short name's articles must name
// for their sharing none (or too few, see minTopicShared) with a longer
// name's to keep the two apart: fewer say too little of its company.
const minNeighbours = 3

// minTopicShare is how much of a short form's articles must fall in the
// topics of a longer name's for the two to be taken for one entity on
// topics and few shared neighbours (see topicShare, minTopicShared).
const minTopicShare = 0.5

// topicShare is the share of the short entity's articles that fall in
// topics where the long entity is named: 1 when the corpus has one topic.
func topicShare(short, long *entity) float64 {
	longTopics := make(map[string]int)
	for _, node := range long.nodes {
		for topic, n := range node.topics {
			longTopics[topic] += n
		}
	}
	total, shared := 0, 0
	for _, node := range short.nodes {
		for topic, n := range node.topics {
			total += n
			if longTopics[topic] > 0 {
				shared += n
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(shared) / float64(total)
}

// Words that make a name no entity's: a name does not start with one
// (a stretch such as "of the Sky" is a piece of a title), nor end with a
// title that follows a name ("Kelvin MP" is a constituency and its MP).
var (
	notFirstWords = map[string]bool{"a": true, "an": true, "and": true, "at": true, "by": true, "for": true,
		"from": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true}
	notLastWords = map[string]bool{"MP": true, "MEP": true, "MSP": true, "AM": true, "QC": true}
)

// isJunk reports whether a node's name is no entity's name: it starts
// with a lowercase function word or ends with a trailing title, or, of
// three words or more, ends with a lone capital letter ("Delta Airlines
// I").
func isJunk(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return true
	}
	last := words[len(words)-1]
	return notFirstWords[words[0]] || len(words) > 1 && notLastWords[last] ||
		len(words) > 2 && len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z'
}

// union is a disjoint-set forest over 0..n-1. No join puts the two
// members of a pair in apart in one set.
type union struct {
	parent []int
	apart  [][2]int
}

func newUnion(n int) *union {
	u := &union{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *union) join(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	for _, pair := range u.apart {
		x, y := u.find(pair[0]), u.find(pair[1])
		if x == ra && y == rb || x == rb && y == ra {
			return
		}
	}
	u.parent[max(ra, rb)] = min(ra, rb)
}

// writeResolution stores groups, and junk resolved to no node, as the
// generation after current, puts it in force, then deletes every other
// generation. Its change-log entry holds the nodes it resolves otherwise
// than current does (see resolutionChanges).
func (s *Store) writeResolution(current uint64, groups []groupPlan, junk []uint64) error {
	change := s.beginChange()
	defer s.endChange(change)
	if err := s.resolutionChanges(change, current, groups, junk); err != nil {
		return err
	}
	next := current + 1
	if err := s.dropGenerations(current); err != nil {
		return err
	}
	batch := s.db.NewWriteBatch()
	defer batch.Cancel()
	for _, group := range groups {
		if err := batch.Set(groupKey(next, group.canonical), group.record.encode()); err != nil {
			return failWrite(s.dir, err)
		}
		for _, member := range group.record.Members[1:] {
			if err := batch.Set(canonicalKey(next, member), encodeID(group.canonical)); err != nil {
				return failWrite(s.dir, err)
			}
		}
	}
	for _, node := range junk {
		if err := batch.Set(canonicalKey(next, node), encodeID(0)); err != nil {
			return failWrite(s.dir, err)
		}
	}
	if err := batch.Flush(); err != nil {
		return failWrite(s.dir, err)
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(metaKey(metaCanonical), encodeID(next)); err != nil {
			return err
		}
		return txn.Set(metaKey(metaResolved), nil)
	})
	if err != nil {
		return failWrite(s.dir, err)
	}
	return s.dropGenerations(next)
}

// resolutionChanges records in c every node that groups and junk resolve
// otherwise than generation current: a node joined to another node or
// to none, or no longer, and the canonical node and members, before and
// after, of every group whose record (name, type, overlap, members)
// differs. A query reads no other node differently once the new
// resolution is in force. Without a resolution in force, everything
// changes.
func (s *Store) resolutionChanges(c *change, current uint64, groups []groupPlan, junk []uint64) error {
	if current == 0 {
		c.everything = true
	}
	if c.everything {
		return nil
	}
	resolved := make(map[uint64]uint64, len(junk))
	planned := make(map[uint64]groupRecord, len(groups))
	for _, group := range groups {
		planned[group.canonical] = group.record
		for _, member := range group.record.Members[1:] {
			resolved[member] = group.canonical
		}
	}
	for _, node := range junk {
		resolved[node] = 0
	}
	touchGroup := func(canonical uint64, record groupRecord) {
		c.node(canonical)
		for _, member := range record.Members {
			c.node(member)
		}
	}
	err := s.view(func(txn *badger.Txn) error {
		err := scan(txn, generationPrefix(prefixCanonical, current), true, func(key Key, value []byte) error {
			to, err := decodeID(value)
			if next, found := resolved[key.Node]; !found || next != to {
				c.node(key.Node)
			}
			delete(resolved, key.Node)
			return err
		})
		if err != nil {
			return err
		}
		return scan(txn, generationPrefix(prefixGroup, current), true, func(key Key, value []byte) error {
			record, err := decodeGroup(value)
			if next, found := planned[key.Node]; !found || !bytes.Equal(next.encode(), value) {
				touchGroup(key.Node, record)
				if found {
					touchGroup(key.Node, next)
				}
			}
			delete(planned, key.Node)
			return err
		})
	})
	for node := range resolved {
		c.node(node)
	}
	for canonical, record := range planned {
		touchGroup(canonical, record)
	}
	return err
}

// dropGenerations deletes the canonical and group keys of every
// generation but keep.
func (s *Store) dropGenerations(keep uint64) error {
	var stale [][]byte
	err := s.view(func(txn *badger.Txn) error {
		for _, prefix := range []byte{prefixCanonical, prefixGroup} {
			err := eachItem(txn, []byte{prefix}, false, func(item *badger.Item) error {
				key, err := ParseKey(item.Key())
				if err == nil && key.Generation != keep {
					stale = append(stale, item.KeyCopy(nil))
				}
				return err
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || len(stale) == 0 {
		return err
	}
	batch := s.db.NewWriteBatch()
	defer batch.Cancel()
	for _, key := range stale {
		if err := batch.Delete(key); err != nil {
			return failWrite(s.dir, err)
		}
	}
	if err := batch.Flush(); err != nil {
		return failWrite(s.dir, err)
	}
	return nil
}

// failWrite is the error of a failed write of the resolution.
func failWrite(dir string, err error) error {
	return fmt.Errorf("store: write resolution: %w", noSpace(dir, err))
}
