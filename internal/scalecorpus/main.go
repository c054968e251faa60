// Command scalecorpus writes a large corpus of distinct articles made of
// real news sentences, for measuring kg build and the store at scale.
//
// Usage, from the repository root:
//
//	go run ./internal/scalecorpus [-shared dir] [-n articles] [-seed n] [-first n] [-o file]
//
// It reads the BBC articles and the Reuters-21578 stories under
// ../shared/data (or -shared), cuts them into passages of consecutive
// sentences, and writes -n articles (default 100,000) as JSON Lines with
// id, title, date and text: each article strings together passages of
// several stories, about as long as a BBC article, and no two have the
// same text. The output depends only on the data and -seed. The README's
// "Performance" section shows the scale run it serves.
//
// Exit codes: 0 on success, 1 on any error, 2 on bad flags.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

type options struct {
	shared   string
	articles int
	seed     uint64
	first    int
	output   string
}

func (o *options) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.shared, "shared", filepath.Join("..", "shared"), "directory holding data/bbc and data/reuters21578")
	fs.IntVar(&o.articles, "n", 100000, "number of articles to write")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the random choices")
	fs.IntVar(&o.first, "first", 0, "number of the first article, which its id carries (scale-NNNNNN): another -seed and -first write articles new to a store of the default run")
	fs.StringVar(&o.output, "o", "-", "output file; - for standard output")
}

func main() {
	var opts options
	flags := flag.NewFlagSet("scalecorpus", flag.ContinueOnError)
	opts.addFlags(flags)
	if err := flags.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if err := run(opts); err != nil {
		fmt.Fprintf(os.Stderr, "scalecorpus: %v\n", err)
		os.Exit(1)
	}
}

func run(opts options) (err error) {
	if opts.first < 0 {
		return fmt.Errorf("-first must be at least 0, not %d", opts.first)
	}
	if opts.articles < 1 {
		return fmt.Errorf("-n must be at least 1, not %d", opts.articles)
	}
	collections, err := readStories(filepath.Join(opts.shared, "data"))
	if err != nil {
		return err
	}
	var out io.Writer = os.Stdout
	if opts.output != "-" {
		file, err := os.Create(opts.output)
		if err != nil {
			return err
		}
		defer func() {
			if closeErr := file.Close(); err == nil {
				err = closeErr
			}
		}()
		out = file
	}
	buffered := bufio.NewWriterSize(out, 1<<20)
	if err := generate(collections, opts.articles, opts.seed, opts.first, buffered); err != nil {
		return err
	}
	return buffered.Flush()
}
