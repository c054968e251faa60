package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
)

type communitiesOptions struct {
	DB      string
	N       int
	Members int
	Exclude string
	JSON    bool
}

func (o *communitiesOptions) AddFlags(fs *flag.FlagSet) {
	addStoreFlag(fs, &o.DB)
	fs.IntVar(&o.N, "n", o.N, "how many communities to show, largest first")
	fs.IntVar(&o.Members, "members", o.Members, "how many leading members (by PageRank) to name for each")
	addExcludeFlag(fs, &o.Exclude)
	fs.BoolVar(&o.JSON, "json", o.JSON, "print a JSON array instead of text")
}

// communityRow is one community of kg communities.
type communityRow struct {
	Community int      `json:"community"`
	Size      int      `json:"size"`
	Members   []string `json:"members"` // the leading ones, highest PageRank first
}

func runCommunities(ctx context.Context, opts communitiesOptions, args []string, stdout, stderr io.Writer) (err error) {
	if len(args) > 0 {
		return usageError("communities: unexpected argument %q", args[0])
	}
	if opts.N < 1 || opts.Members < 1 {
		return usageError("communities: -n and --members must be at least 1")
	}
	excluded, err := parseExclusion("communities", opts.Exclude)
	if err != nil {
		return err
	}
	st, err := openStore(opts.DB, readStore, stderr)
	if err != nil {
		return err
	}
	defer closeStore(st, &err)
	a, err := loadAnalysed(ctx, st, excluded, stderr)
	if err != nil {
		return err
	}
	// A member's PageRank as the ranking compares it, rounded.
	type member struct {
		node     graph.Node
		pageRank float64
	}
	members := make(map[int][]member)
	for i := range a.graph.Len() {
		n := a.graph.Node(i)
		c := a.metrics[n.ID].Community
		members[c] = append(members[c], member{node: n, pageRank: roundMeasure(a.pageRank(n.ID))})
	}
	var rows []communityRow
	shared := 0 // communities of more than one entity
	for c, nodes := range members {
		if len(nodes) > 1 {
			shared++
		}
		slices.SortFunc(nodes, func(x, y member) int {
			return cmp.Or(cmp.Compare(y.pageRank, x.pageRank), cmp.Compare(x.node.Name, y.node.Name), cmp.Compare(x.node.ID, y.node.ID))
		})
		row := communityRow{Community: c, Size: len(nodes)}
		for _, n := range nodes[:min(opts.Members, len(nodes))] {
			row.Members = append(row.Members, n.node.Name)
		}
		rows = append(rows, row)
	}
	slices.SortFunc(rows, func(x, y communityRow) int {
		return cmp.Or(cmp.Compare(y.Size, x.Size), cmp.Compare(x.Community, y.Community))
	})
	rows = rows[:min(opts.N, len(rows))]
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rows)
	}
	fmt.Fprintf(stdout, "%d communities, %d of them of more than one entity; modularity %.4f\n", a.summary.Communities, shared, a.summary.Modularity)
	for _, row := range rows {
		names := make([]string, len(row.Members))
		for i, name := range row.Members {
			names[i] = printable(name)
		}
		fmt.Fprintf(stdout, "%4d  %6d  %s\n", row.Community, row.Size, strings.Join(names, ", "))
	}
	return nil
}
