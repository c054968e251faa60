package store_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/store"
)

// one makes an article of id naming the entities, each mentioned once
// unless its entity says otherwise.
func one(id string, entities ...graph.Entity) *graph.Article {
	a := &graph.Article{ID: id, Hash: "h-" + id}
	for i, e := range entities {
		e.ID = fmt.Sprintf("e%d", i+1)
		a.Entities = append(a.Entities, e)
	}
	return a
}

// nodesByName lists the store's nodes as "TYPE/Name mentions documents".
// hasNodes checks that s has nodes of every line of want, as
// nodesByName writes them.
func hasNodes(t *testing.T, s *store.Store, want ...string) {
	t.Helper()
	got := nodesByName(t, s)
	for _, line := range want {
		if !slices.Contains(got, line) {
			t.Errorf("nodes %q lack %q", got, line)
		}
	}
}

func nodesByName(t *testing.T, s *store.Store) []string {
	t.Helper()
	var lines []string
	err := s.Nodes(func(n graph.Node) error {
		lines = append(lines, fmt.Sprintf("%s/%s %d %d", n.Type, n.Name, n.Mentions, n.Documents))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

func TestResolveVotesOneTypePerName(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("a", entity("", "Rosneft", graph.Person, 5)),
		one("b", entity("", "Rosneft", graph.Org, 2)),
		one("c", entity("", "Ukraine", graph.GPE, 3)),
		one("d", entity("", "Ukraine", graph.Org, 1)),
		// A one-word person's name backed by a full name votes as any.
		one("e", entity("", "Ronaldo", graph.Person, 3), entity("", "Cristiano Ronaldo", graph.Person, 1)),
		one("f", entity("", "Ronaldo", graph.GPE, 2)),
		// A place the gazetteer does not know counts half.
		one("g", entity("", "Vodacom", graph.GPE, 3)),
		one("h", entity("", "Vodacom", graph.Org, 2)),
	)
	want := []string{"GPE/Ukraine 4 2", "ORG/Rosneft 7 2", "ORG/Vodacom 5 2", "PERSON/Cristiano Ronaldo 6 2"}
	if got := nodesByName(t, s); !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
	if nodes, err := s.Lookup("rosneft"); err != nil || len(nodes) != 1 || nodes[0].Type != graph.Org {
		t.Errorf("Lookup(rosneft) = %+v, %v; want the one ORG", nodes, err)
	}
}

func TestResolveJoinsFullNamesOfOnePerson(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("a", entity("", "George Bush", graph.Person, 4)),
		one("b", entity("", "George W Bush", graph.Person, 2)),
		one("c", entity("", "G Bush", graph.Person, 1)),
		one("d", entity("", "Bush", graph.Person, 1)),
		one("e", entity("", "Laura Welch", graph.Person, 1)),
		one("f", entity("", "US President George W Bush", graph.Person, 1)),
	)
	want := []string{"PERSON/George Bush 9 5", "PERSON/Laura Welch 1 1"}
	if got := nodesByName(t, s); !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
	bush, err := s.Node(lookupOne(t, s, "George W Bush"))
	if err != nil || !slices.Equal(bush.Aliases, []string{"Bush", "G Bush", "George W Bush", "US President George W Bush"}) {
		t.Errorf("George Bush = %+v, %v; want the other names as aliases", bush, err)
	}
}

// A name that ends with a person's full name is that person's, but not
// a company's tail once taken for a person: "Foods Inc" ends the names of
// several companies, and "Insurance Co" is named mostly as a company.
func TestResolveCompanyTailIsNoPerson(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("a", entity("", "Arjen Robben", graph.Person, 2)),
		one("b", entity("", "Chelsea winger Arjen Robben", graph.Org, 1)),
		one("c", entity("", "Foods Inc", graph.Person, 1)),
		one("d", entity("", "Hershey Foods Inc", graph.Org, 1)),
		one("e", entity("", "Smithfield Foods Inc", graph.Org, 1)),
		one("f", entity("", "Insurance Co", graph.Person, 1)),
		one("g", entity("", "Insurance Co", graph.Org, 3)),
		one("h", entity("", "Nippon Life Insurance Co", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/Arjen Robben 3 2", "ORG/Hershey Foods Inc 1 1", "ORG/Smithfield Foods Inc 1 1", "ORG/Nippon Life Insurance Co 1 1")
}

// The surname of a name with a generational suffix is the word before it:
// the full names of one person join with it and without it, and the
// surname joins them.
func TestResolveSurnameBeforeSuffix(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("music/1", entity("", "Larry Mullen Jr", graph.Person, 2)),
		one("music/2", entity("", "Larry Mullen", graph.Person, 1)),
		one("music/3", entity("", "Mullen", graph.Person, 1)),
	)
	want := []string{"PERSON/Larry Mullen Jr 4 3"}
	if got := nodesByName(t, s); !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
}

// A surname two full names bear joins the one whose company it keeps, and
// stays apart when nothing tells them apart.
func TestResolveSurnameByContext(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Ashley Cole", graph.Person, 1), entity("", "Chelsea", graph.Org, 1)),
		one("sport/2", entity("", "Joe Cole", graph.Person, 1), entity("", "West Ham", graph.Org, 1)),
		one("sport/3", entity("", "Cole", graph.Person, 2), entity("", "Chelsea", graph.Org, 1)),
		one("music/1", entity("", "Nat King Cole", graph.Person, 1)),
		one("film/1", entity("", "Jones", graph.Person, 1)),
		one("film/2", entity("", "Indiana Jones", graph.Person, 1), entity("", "Paramount", graph.Org, 1)),
		one("film/3", entity("", "Jones", graph.Person, 1), entity("", "Paramount", graph.Org, 1)),
		one("news/1", entity("", "Tom Jones", graph.Person, 1), entity("", "Wales", graph.GPE, 1)),
		one("news/2", entity("", "Brown", graph.Person, 1)),
		one("news/3", entity("", "Gordon Brown", graph.Person, 1)),
		one("news/4", entity("", "James Brown", graph.Person, 1)),
	)
	hasNodes(t, s, "PERSON/Ashley Cole 3 2", "PERSON/Joe Cole 1 1", "PERSON/Indiana Jones 3 3", "PERSON/Brown 1 1")
}

// A short organisation name that starts a longer one joins it only when
// articles call the longer one so.
func TestResolveShortFormsOfOrganisations(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("a", entity("", "Nissan Motor", graph.Org, 2, "Nissan")),
		one("b", entity("", "Nissan", graph.Org, 1)),
		one("c", entity("", "Southampton Oceanography Centre", graph.Org, 1, "Southampton")),
		one("d", entity("", "Southampton", graph.Org, 1)),
		one("e", entity("", "Southampton", graph.Org, 1)),
		one("f", entity("", "Southampton", graph.Org, 1)),
	)
	want := []string{"ORG/Nissan Motor 3 2", "ORG/Southampton 3 3", "ORG/Southampton Oceanography Centre 1 1"}
	if got := nodesByName(t, s); !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
}

// A national team and its country, named in separate topics, stay two.
func TestResolveKeepsTeamApartFromCountry(t *testing.T) {
	var articles []*graph.Article
	for i := range 6 {
		articles = append(articles,
			one(fmt.Sprintf("sport/%d", i), entity("", "England", graph.Org, 2)),
			one(fmt.Sprintf("politics/%d", i), entity("", "England", graph.GPE, 1)))
	}
	s := openMemory(t)
	put(t, s, articles...)
	want := []string{"GPE/England 6 6", "ORG/England 12 6"}
	if got := nodesByName(t, s); !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
	// In one topic they are one.
	for _, a := range articles {
		a.ID = strings.ReplaceAll(a.ID, "/", "-")
	}
	s = openMemory(t)
	put(t, s, articles...)
	if got := nodesByName(t, s); !slices.Equal(got, []string{"ORG/England 18 12"}) {
		t.Errorf("nodes in one topic %q, want England once", got)
	}
}

func TestResolveDropsJunkNames(t *testing.T) {
	s := openMemory(t)
	put(t, s, one("a",
		entity("", "of the Sky", graph.Person, 1),
		entity("", "Kelvin MP", graph.Person, 1),
		entity("", "Delta Airlines I", graph.Org, 1),
		entity("", "Malcolm X", graph.Person, 1),
		entity("", "eBay", graph.Org, 1),
	))
	a, _ := s.Stats()
	if got := nodesByName(t, s); !slices.Equal(got, []string{"ORG/eBay 1 1", "PERSON/Malcolm X 1 1"}) || a.Entities[graph.Person] != 1 {
		t.Errorf("nodes %q, stats %+v; want Malcolm X and eBay alone", got, a)
	}
}

// The edges of joined nodes become the entity's, summed where they are one
// edge, their evidence pooled; an edge between two of them goes.
func TestResolveMergesEdges(t *testing.T) {
	s := openMemory(t)
	a := one("a", entity("", "Vladimir Putin", graph.Person, 1), entity("", "Paris", graph.GPE, 1))
	a.Relations = []graph.Relation{relation("e1", "visited", "e2", 0, "Vladimir Putin visited Paris.")}
	b := one("b", entity("", "Putin", graph.Person, 1), entity("", "Paris", graph.GPE, 1), entity("", "Vladimir Putin", graph.Person, 1))
	b.Relations = []graph.Relation{
		relation("e1", "visited", "e2", 0, "Putin visited Paris."),
		relation("e1", "praised", "e3", 30, "Putin praised Vladimir Putin."),
	}
	put(t, s, a, b)
	var edges []graph.Edge
	if err := s.Edges(func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	putin := lookupOne(t, s, "Putin")
	if len(edges) != 1 || edges[0].From != putin || edges[0].Weight != 2 {
		t.Fatalf("edges %+v, want Putin visited Paris twice", edges)
	}
	evidence, err := s.Evidence(edges[0], 0)
	if err != nil || len(evidence) != 2 {
		t.Errorf("Evidence = %+v, %v; want both sentences", evidence, err)
	}
	rows, err := s.Neighbours(putin, store.Query{})
	if err != nil || len(rows) != 1 || rows[0].Node.Name != "Paris" || rows[0].Weight != 2 || rows[0].From != putin {
		t.Errorf("Neighbours(Putin) = %+v, %v; want Paris by an edge of weight 2", rows, err)
	}
	rows, err = s.Neighbours(lookupOne(t, s, "Paris"), store.Query{})
	if err != nil || len(rows) != 1 || rows[0].Node.ID != putin || rows[0].Weight != 2 {
		t.Errorf("Neighbours(Paris) = %+v, %v; want Putin by an edge of weight 2", rows, err)
	}
	statements, err := s.PairEvidence(putin, lookupOne(t, s, "Paris"), nil)
	if err != nil || len(statements) != 2 || statements[0].From != putin || statements[1].From != putin {
		t.Errorf("PairEvidence(Putin, Paris) = %+v, %v; want both members' sentences, from Putin", statements, err)
	}
}

// The resolved graph is the same whatever order the articles come in,
// one by one or in batches.
func TestResolveIsOrderIndependent(t *testing.T) {
	random := rand.New(rand.NewPCG(3, 4))
	names := []struct {
		name string
		kind graph.Type
	}{
		{"Tony Blair", graph.Person}, {"Blair", graph.Person}, {"Cherie Blair", graph.Person},
		{"Gordon Brown", graph.Person}, {"Brown", graph.Person}, {"Chelsea", graph.Person},
		{"Chelsea", graph.Org}, {"England", graph.GPE}, {"England", graph.Org}, {"Nissan Motor", graph.Org},
		{"Nissan", graph.Org}, {"Robben", graph.Person}, {"Arjen Robben", graph.Person}, {"Robben", graph.GPE},
	}
	topics := []string{"sport", "politics", "business"}
	var articles []*graph.Article
	for i := range 120 {
		a := one(fmt.Sprintf("%s/%03d", topics[random.IntN(len(topics))], i))
		for j := range 1 + random.IntN(4) {
			n := names[random.IntN(len(names))]
			a.Entities = append(a.Entities, entity(fmt.Sprintf("e%d", j+1), n.name, n.kind, 1+random.IntN(3)))
		}
		if len(a.Entities) > 1 {
			a.Relations = append(a.Relations, relation("e1", "met", "e2", 0, "A meeting."))
		}
		articles = append(articles, a)
	}
	build := func(order []*graph.Article, batch int) []string {
		s := openMemory(t)
		for start := 0; start < len(order); start += batch {
			if _, err := s.Put(order[start:min(start+batch, len(order))]...); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Resolve(); err != nil {
			t.Fatal(err)
		}
		return snapshot(t, s)
	}
	want := build(articles, len(articles))
	for run, batch := range []int{1, 7, 64} {
		shuffled := slices.Clone(articles)
		random.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := build(shuffled, batch); !slices.Equal(got, want) {
			t.Errorf("run %d (batches of %d): graph differs\ngot  %q\nwant %q", run, batch, got, want)
		}
	}
}

// Articles put after a Resolve show as their own nodes until the next,
// which takes them in.
func TestResolveAgainAfterPut(t *testing.T) {
	s := openMemory(t)
	put(t, s, one("a", entity("", "Arjen Robben", graph.Person, 1)))
	if _, err := s.Put(one("b", entity("", "Robben", graph.Person, 1))); err != nil {
		t.Fatal(err)
	}
	if got := nodesByName(t, s); !slices.Equal(got, []string{"PERSON/Arjen Robben 1 1", "PERSON/Robben 1 1"}) {
		t.Errorf("before Resolve: %q", got)
	}
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	if got := nodesByName(t, s); !slices.Equal(got, []string{"PERSON/Arjen Robben 2 2"}) {
		t.Errorf("after Resolve: %q", got)
	}
}

func TestMembers(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("a", entity("", "Nissan Motor", graph.Org, 2, "Nissan")),
		one("b", entity("", "Nissan", graph.Org, 1)),
		one("c", entity("", "Renault", graph.Org, 1)),
	)
	nissan, renault := lookupOne(t, s, "Nissan Motor"), lookupOne(t, s, "Renault")
	members, err := s.Members(nissan)
	if err != nil || len(members) != 2 || members[0] != nissan {
		t.Errorf("Members(Nissan Motor) = %v, %v; want it and the node of Nissan", members, err)
	}
	if members, err := s.Members(renault); err != nil || !slices.Equal(members, []uint64{renault}) {
		t.Errorf("Members(Renault) = %v, %v; want Renault alone", members, err)
	}
	for _, id := range members[1:] {
		if _, err := s.Members(id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Members of joined node %d: %v, want ErrNotFound", id, err)
		}
	}
}

// Names of several words that shorten a longer one join it: an initial
// and a surname the person its context names, an abbreviation the name
// it abbreviates, whatever type the tagger gave them.
func TestResolveInitialsAndAbbreviations(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "John Hayes", graph.Person, 1), entity("", "Munster", graph.Org, 1)),
		one("sport/2", entity("", "Joanna Hayes", graph.Person, 1), entity("", "Athens", graph.GPE, 1)),
		one("sport/3", entity("", "J Hayes", graph.Person, 1), entity("", "Munster", graph.Org, 1)),
		one("sport/4", entity("", "Kelly Holmes", graph.Person, 3)),
		one("sport/5", entity("", "K Holmes", graph.Org, 1)),
		one("sport/6", entity("", "Manchester United", graph.Org, 3)),
		one("sport/7", entity("", "Manchester United-Arsenal", graph.Org, 1)),
		one("sport/8", entity("", "Man Utd", graph.Org, 1)),
		one("politics/1", entity("", "Charles Kennedy", graph.Person, 2)),
		one("politics/2", entity("", "Liberal Democrat Charles Kennedy", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/John Hayes 2 2", "PERSON/Joanna Hayes 1 1", "PERSON/Kelly Holmes 4 2",
		"ORG/Manchester United 4 2", "ORG/Manchester United-Arsenal 1 1", "PERSON/Charles Kennedy 3 2")
}

// A surname two full names bear, whose context as a whole leans to
// neither, joins the one most of its articles are about.
func TestResolveSurnameByArticles(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Ashley Cole", graph.Person, 1), entity("", "Chelsea", graph.Org, 1), entity("", "Arsenal", graph.Org, 1)),
		one("sport/2", entity("", "Joe Cole", graph.Person, 1), entity("", "Chelsea", graph.Org, 1), entity("", "West Ham", graph.Org, 1)),
		one("sport/3", entity("", "Cole", graph.Person, 1), entity("", "Arsenal", graph.Org, 1)),
		one("sport/4", entity("", "Cole", graph.Person, 1), entity("", "Arsenal", graph.Org, 1)),
		one("sport/5", entity("", "Cole", graph.Person, 1), entity("", "West Ham", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/Ashley Cole 4 4", "PERSON/Joe Cole 1 1")
}

// A surname in a team's line-up, among its team-mates' surnames, joins
// the full name whose articles name those team-mates once their surnames
// have joined theirs: the round before leaves its context all surnames
// and the club, which both full names' articles name.
func TestResolveSurnameOnceItsNeighboursJoin(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Tom Rees", graph.Person, 1), entity("", "Lawrence Dallaglio", graph.Person, 1), entity("", "John Hart", graph.Person, 1), entity("", "Wasps", graph.Org, 1)),
		one("sport/2", entity("", "Paul Rees", graph.Person, 1), entity("", "Leeds", graph.Org, 1), entity("", "Wasps", graph.Org, 1)),
		one("sport/3", entity("", "Rees", graph.Person, 1), entity("", "Dallaglio", graph.Person, 1), entity("", "Hart", graph.Person, 1), entity("", "Wasps", graph.Org, 1)),
	)
	got := nodesByName(t, s)
	want := []string{"ORG/Leeds 1 1", "ORG/Wasps 3 3", "PERSON/John Hart 2 2", "PERSON/Lawrence Dallaglio 2 2", "PERSON/Paul Rees 1 1", "PERSON/Tom Rees 2 2"}
	if !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
}

// A sole longer name named in the short name's topics joins it only
// when they share some neighbour: a surname in a line-up whose
// team-mates and clubs the full name's articles never name is another
// player's. An acronym of the longer name needs no neighbour, nor does
// a short name whose articles name too few other entities to tell.
func TestResolveSoleCandidateNeedsASharedNeighbour(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Neil Warnock", graph.Person, 1), entity("", "Sheffield United", graph.Org, 1)),
		one("sport/2", entity("", "Warnock", graph.Person, 1), entity("", "Borders", graph.Org, 1), entity("", "Ulster", graph.Org, 1), entity("", "Adam Larkin", graph.Person, 1)),
		one("tech/1", entity("", "Advanced Micro Devices", graph.Org, 1, "AMD"), entity("", "Intel", graph.Org, 1)),
		one("tech/2", entity("", "AMD", graph.Org, 1), entity("", "Sony", graph.Org, 1)),
		one("sport/3", entity("", "Zenden", graph.Person, 1)),
		one("sport/4", entity("", "Boudewijn Zenden", graph.Person, 1)),
	)
	hasNodes(t, s, "PERSON/Neil Warnock 1 1", "PERSON/Warnock 1 1", "ORG/Advanced Micro Devices 2 2", "PERSON/Boudewijn Zenden 2 2")
}

// A first name standing alone joins the full name an article called by
// it only beside that person's neighbours: sharing a topic is not enough.
func TestResolveFirstNameNeedsItsNeighbours(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("business/1", entity("", "Alan Budd", graph.Person, 1, "Alan"), entity("", "Bank of England", graph.Org, 1)),
		one("business/2", entity("", "Alan", graph.Person, 1)),
		one("business/3", entity("", "Mukesh Ambani", graph.Person, 1, "Mukesh"), entity("", "Reliance", graph.Org, 1)),
		one("business/4", entity("", "Mukesh", graph.Person, 1), entity("", "Reliance", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/Alan 1 1", "PERSON/Alan Budd 1 1", "PERSON/Mukesh Ambani 2 2")
}

// A name the gazetteer knows as a place is no person's surname, whatever
// the tagger took it for, and is that place.
func TestResolvePlaceNameIsNoSurname(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("politics/1", entity("", "Britain", graph.Person, 1), entity("", "Michael Howard", graph.Person, 1), entity("", "Labour", graph.Org, 1)),
		one("politics/2", entity("", "Little Britain", graph.Person, 1, "Britain"), entity("", "Labour", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/Little Britain 1 1", "GPE/Britain 1 1")
}

// A name of one word that only people bear, in articles that name other
// entities but none in common, is someone else in each (the people of
// four articles called David) and names no entity; articles that name a
// rare entity in common (Sandra, Michael Howard's wife) or a form of
// address (Ms Abbott) keep it, as one article does. A name most articles
// name ties none together.
func TestResolveDropsANameOfSeveralPeople(t *testing.T) {
	s := openMemory(t)
	articles := []*graph.Article{
		one("business/1", entity("", "David", graph.Person, 1), entity("", "Telegraph Group", graph.Org, 1), entity("", "UK", graph.GPE, 1)),
		one("music/1", entity("", "David", graph.Person, 1), entity("", "Busted", graph.Org, 1), entity("", "UK", graph.GPE, 1)),
		one("tv/1", entity("", "David", graph.Person, 1), entity("", "Ricky Gervais", graph.Person, 1), entity("", "UK", graph.GPE, 1)),
		one("sport/1", entity("", "David", graph.Person, 1), entity("", "Llanelli", graph.Org, 1), entity("", "UK", graph.GPE, 1)),
		one("politics/1", entity("", "Sandra", graph.Person, 1), entity("", "Michael Howard", graph.Person, 1)),
		one("politics/2", entity("", "Sandra", graph.Person, 1), entity("", "Michael Howard", graph.Person, 1)),
		one("politics/3", entity("", "Abbott", graph.Person, 1, "Ms Abbott"), entity("", "Shahid Malik", graph.Person, 1)),
		one("sport/2", entity("", "Abbott", graph.Person, 1), entity("", "Wasps", graph.Org, 1)),
		one("tech/1", entity("", "Lucy", graph.Person, 1), entity("", "Sony", graph.Org, 1)),
	}
	// Other articles, so that the UK, named in four of 109, is named in
	// more than a thirtieth of them.
	for i := range 100 {
		articles = append(articles, one(fmt.Sprintf("other/%d", i), entity("", fmt.Sprintf("Company %d", i), graph.Org, 1)))
	}
	put(t, s, articles...)
	got := nodesByName(t, s)
	for _, line := range got {
		if strings.HasPrefix(line, "PERSON/David ") {
			t.Errorf("nodes hold %q, want David dropped", line)
		}
	}
	hasNodes(t, s, "PERSON/Sandra 2 2", "PERSON/Abbott 2 2", "PERSON/Lucy 1 1", "ORG/Busted 1 1", "GPE/UK 4 4")
}

// A one-word name the vote makes a person's is dropped as one of several
// people whatever types the tagger gave it in some of its articles; one
// in a single article stays, whatever its types.
func TestResolveDropsANameOfSeveralPeopleWhateverItsTypes(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("business/1", entity("", "Young", graph.Org, 1), entity("", "Sanjay Mehta", graph.Person, 1)),
		one("sport/1", entity("", "Young", graph.Person, 2), entity("", "Charlton", graph.Org, 1)),
		one("music/1", entity("", "Will Young", graph.Person, 1), entity("", "Pop Idol", graph.Org, 1)),
		one("business/2", entity("", "Green", graph.GPE, 1), entity("", "Arcadia", graph.Org, 1)),
		one("business/3", entity("", "Green", graph.Person, 2), entity("", "Arcadia", graph.Org, 1)),
		one("sport/2", entity("", "Hamilton", graph.GPE, 1), entity("", "Hamilton", graph.Person, 2), entity("", "Wales", graph.Org, 1)),
		one("music/2", entity("", "Philip Green", graph.Person, 1), entity("", "Lewis Hamilton", graph.Person, 1)),
	)
	got := nodesByName(t, s)
	for _, line := range got {
		if strings.HasPrefix(line, "PERSON/Young ") || strings.HasPrefix(line, "ORG/Young ") {
			t.Errorf("nodes hold %q, want Young dropped", line)
		}
	}
	hasNodes(t, s, "PERSON/Green 3 2", "PERSON/Hamilton 3 1", "PERSON/Will Young 1 1")
}

// Surnames standing alone in two line-ups do not make their teams one:
// each is dropped as several people. First names that two articles set
// side by side keep each other's company.
func TestResolveSurnamesAloneTieNoArticles(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Wood", graph.Person, 1), entity("", "Buxton", graph.Person, 1), entity("", "Mansfield", graph.Org, 1)),
		one("sport/2", entity("", "Wood", graph.Person, 1), entity("", "Buxton", graph.Person, 1), entity("", "Gloucester", graph.Org, 1)),
		one("politics/1", entity("", "William", graph.Person, 1), entity("", "Harry", graph.Person, 1), entity("", "Civil List", graph.Org, 1)),
		one("politics/2", entity("", "William", graph.Person, 1), entity("", "Harry", graph.Person, 1), entity("", "Bryan Ferry", graph.Person, 1)),
		one("music/1", entity("", "Harry Belafonte", graph.Person, 1), entity("", "William Orbit", graph.Person, 1)),
	)
	got := nodesByName(t, s)
	for _, line := range got {
		if strings.HasPrefix(line, "PERSON/Wood ") || strings.HasPrefix(line, "PERSON/Buxton ") {
			t.Errorf("nodes hold %q, want Wood and Buxton dropped", line)
		}
	}
	hasNodes(t, s, "PERSON/William 2 2", "PERSON/Harry 2 2")
}

// A surname several full names bear joins one only when two thirds of
// its articles are each closest to that one: a node whose articles are
// mostly other players' stays apart, even though its context as a whole
// leans to one of them.
func TestResolveSurnameByMostOfItsArticles(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("sport/1", entity("", "Alan Thompson", graph.Person, 1), entity("", "Celtic", graph.Org, 1), entity("", "Rangers", graph.Org, 1)),
		one("sport/2", entity("", "Steve Thompson", graph.Person, 1), entity("", "Northampton", graph.Org, 1)),
		one("sport/3", entity("", "Thompson", graph.Person, 1), entity("", "Celtic", graph.Org, 1), entity("", "Rangers", graph.Org, 1)),
		one("sport/4", entity("", "Thompson", graph.Person, 1), entity("", "Newcastle Falcons", graph.Org, 1)),
		one("sport/5", entity("", "Thompson", graph.Person, 1), entity("", "Gloucester", graph.Org, 1), entity("", "Newcastle Falcons", graph.Org, 1)),
	)
	hasNodes(t, s, "PERSON/Alan Thompson 1 1", "PERSON/Thompson 3 3")
}

// The full name articles call by a surname most often takes the surname
// only where it could take it alone: named in the same topics, beside
// some shared neighbour.
func TestResolveSurnameByUseNeedsItsTopics(t *testing.T) {
	s := openMemory(t)
	put(t, s,
		one("politics/1", entity("", "Charles Kennedy", graph.Person, 1, "Kennedy"), entity("", "Liberal Democrats", graph.Org, 1)),
		one("politics/2", entity("", "Charles Kennedy", graph.Person, 1, "Kennedy"), entity("", "Labour", graph.Org, 1)),
		one("politics/3", entity("", "Charles Kennedy", graph.Person, 1, "Kennedy"), entity("", "Conservatives", graph.Org, 1)),
		one("music/1", entity("", "Nigel Kennedy", graph.Person, 1), entity("", "EMI", graph.Org, 1)),
		one("sport/1", entity("", "Kennedy", graph.Person, 1), entity("", "London Irish", graph.Org, 1)),
	)
	if got := nodesByName(t, s); !slices.Contains(got, "PERSON/Kennedy 1 1") {
		t.Errorf("nodes %q lack PERSON/Kennedy 1 1", got)
	}
}

// TestResolveAliasSpellingIsOrderIndependent checks that an alias two
// members of an entity spell differently shows the spelling of the
// least article, whatever ids the order of the articles gives them.
func TestResolveAliasSpellingIsOrderIndependent(t *testing.T) {
	articles := []*graph.Article{
		one("a", entity("", "George Bush", graph.Person, 9)),
		one("b", entity("", "George W Bush", graph.Person, 1, "Dubya Bush")),
		one("c", entity("", "George Walker Bush", graph.Person, 1, "DUBYA Bush")),
	}
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}} {
		s := openMemory(t)
		for _, i := range order {
			put(t, s, articles[i])
		}
		node, err := s.Node(lookupOne(t, s, "George Bush"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(node.Aliases, "Dubya Bush") || slices.Contains(node.Aliases, "DUBYA Bush") {
			t.Errorf("put in order %v: aliases %q, want Dubya Bush, as article b writes it", order, node.Aliases)
		}
	}
}
