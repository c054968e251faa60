package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/wording"
	"github.com/kg-project/kg/store"
)

type entitiesOptions struct {
	DB          string
	Type        string
	MinMentions int
	JSON        bool
}

func (o *entitiesOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.StringVar(&o.Type, "type", o.Type, "only entities of this type (PERSON, ORG, GPE, LOC)")
	fs.IntVar(&o.MinMentions, "min-mentions", o.MinMentions, "only entities mentioned at least this often")
	fs.BoolVar(&o.JSON, "json", o.JSON, "print one JSON object per entity and line, in id order, with the names each document uses")
}

// entityLine is one line of kg entities --json.
type entityLine struct {
	ID       uint64   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	// Documents maps each document mentioning the entity to the names
	// it uses for it, as written.
	Documents map[string][]string `json:"documents"`
}

func runEntities(ctx context.Context, opts entitiesOptions, args []string, stdout, stderr io.Writer) (err error) {
	if opts.MinMentions < 0 {
		return usageError("entities: --min-mentions must be at least 0, not %d", opts.MinMentions)
	}
	filter := store.EntityFilter{Prefix: strings.Join(args, " "), MinMentions: opts.MinMentions, Documents: opts.JSON}
	id, byID, err := parseEntityID(filter.Prefix)
	if err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	if byID {
		filter.Prefix, filter.ID = "", id
	}
	if opts.Type != "" {
		if filter.Type, err = parseType("entities", "type", opts.Type); err != nil {
			return err
		}
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	if byID {
		if _, err := entityByID(st, id, typeChoice{only: filter.Type, flag: "type"}); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
	}
	out := bufio.NewWriter(stdout)
	listed := 0
	if opts.JSON {
		encoder := json.NewEncoder(out)
		encoder.SetEscapeHTML(false)
		err = st.Entities(filter, func(e store.Entity) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			listed++
			line := entityLine{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Mentions: e.Mentions, Documents: e.Documents}
			if line.Aliases == nil {
				line.Aliases = []string{}
			}
			return encoder.Encode(line)
		})
	} else {
		listed, err = writeEntitiesTable(ctx, out, st, filter)
	}
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if listed == 0 && filter != (store.EntityFilter{Documents: filter.Documents}) {
		return noneListed(filter)
	}
	return nil
}

// noneListed reports a selection of entities that matched none, as
// resolving an unknown entity fails.
func noneListed(filter store.EntityFilter) error {
	what := "entity"
	if filter.Type != "" {
		what = string(filter.Type)
	}
	var matched string
	switch {
	case filter.ID != 0:
		matched = fmt.Sprintf("%s %s", what, entityID(filter.ID))
	case filter.Prefix != "":
		matched = fmt.Sprintf("%s whose name or an alias starts with %q", what, filter.Prefix)
	default:
		matched = what
	}
	if filter.MinMentions > 0 {
		matched += " has at least " + wording.Count(filter.MinMentions, "mention", "mentions")
	} else {
		matched += " is stored"
	}
	return fail(errNoEntity, "entities: no %s", matched)
}

// writeEntitiesTable prints the entities filter selects, the most
// mentioned first, then by name, and returns how many it printed.
func writeEntitiesTable(ctx context.Context, w io.Writer, st *store.Store, filter store.EntityFilter) (int, error) {
	var nodes []graph.Node
	err := st.Entities(filter, func(e store.Entity) error {
		nodes = append(nodes, e.Node)
		return ctx.Err()
	})
	if err != nil {
		return 0, err
	}
	if len(nodes) == 0 {
		return 0, nil
	}
	slices.SortFunc(nodes, func(a, b graph.Node) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	table := newTable(w)
	fmt.Fprintln(table, "id\ttype\tmentions\tdocuments\tname\taliases")
	for _, node := range nodes {
		fmt.Fprintf(table, "%s\t%s\t%d\t%d\t%s\t%s\n", entityID(node.ID), node.Type, node.Mentions, node.Documents, printable(node.Name), shownAliases(node))
	}
	return len(nodes), table.Flush()
}
