package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/internal/ranking"
	"github.com/kg-project/kg/internal/wording"
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
	switch {
	case opts.N < 1:
		return usageError("communities: -n must be at least 1, not %d", opts.N)
	case opts.Members < 1:
		return usageError("communities: --members must be at least 1, not %d", opts.Members)
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
	communities, shared := ranking.Communities(a, opts.N, opts.Members)
	rows := make([]communityRow, len(communities))
	for i, c := range communities {
		rows[i] = communityRow{Community: c.ID, Size: c.Size}
		for _, member := range c.Members {
			rows[i].Members = append(rows[i].Members, member.Name)
		}
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(rows)
	}
	fmt.Fprintf(stdout, "%s, %d of them of more than one entity; modularity %.4f\n", wording.Count(a.Summary.Communities, "community", "communities"), shared, a.Summary.Modularity)
	for _, row := range rows {
		names := make([]string, len(row.Members))
		for i, name := range row.Members {
			names[i] = printable(name)
		}
		fmt.Fprintf(stdout, "%4d  %6d  %s\n", row.Community, row.Size, strings.Join(names, ", "))
	}
	return nil
}
