// Command trainparse trains kg's part-of-speech tagger and dependency
// parser on Universal Dependencies English EWT and writes the model where
// package parse embeds it.
//
// Usage, from the repository root:
//
//	go run ./internal/trainparse [-train path] [-dev path] [-out path]
//
// Paths default to ../shared/data/ud-ewt/en_ewt-ud-train.conllu, the dev
// file beside it, and extract/parse/model.bin.gz. The new model's scores
// on dev are printed, and with -pred its parse of dev is written as
// CoNLL-U for ../shared/eval/conllu.py. Word clusters are those of kg's
// entity model (extract/ner). Training is deterministic: the same data and
// flags give the same model bytes.
//
// Exit codes: 0 on success, 1 on any error, 2 on bad flags.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/parse"
)

// options are the flags of trainparse.
type options struct {
	trainPath, devPath, outPath, predPath string
	sentences                             int
	noClusters                            bool
	train                                 parse.TrainOptions
}

func (o *options) addFlags(flags *flag.FlagSet) {
	flags.StringVar(&o.trainPath, "train", "../shared/data/ud-ewt/en_ewt-ud-train.conllu", "CoNLL-U training `file`")
	flags.StringVar(&o.devPath, "dev", "../shared/data/ud-ewt/en_ewt-ud-dev.conllu", "CoNLL-U `file` to report the new model's scores on (not trained on; \"\" for none)")
	flags.StringVar(&o.outPath, "out", "extract/parse/model.bin.gz", "model `file` to write")
	flags.StringVar(&o.predPath, "pred", "", "CoNLL-U `file` to write the parse of -dev to")
	flags.IntVar(&o.sentences, "sentences", 0, "train on the first `n` sentences only (0: all)")
	flags.BoolVar(&o.noClusters, "no-clusters", false, "train without word clusters")
	flags.IntVar(&o.train.TaggerEpochs, "tagger-epochs", 8, "passes of the tagger over the data")
	flags.IntVar(&o.train.ParserEpochs, "parser-epochs", 15, "passes of the parser over the data")
	flags.IntVar(&o.train.Folds, "folds", 10, "folds for the parser's training tags")
	flags.IntVar(&o.train.MinCount, "min-count", 3, "drop features seen fewer `times` in the gold analyses")
	flags.IntVar(&o.train.Keep, "keep", 600, "drop quantised weights of a smaller `magnitude` (of 32767)")
	flags.Float64Var(&o.train.Explore, "explore", 0.9, "share of its wrong moves the parser follows after its first epoch")
	flags.Uint64Var(&o.train.Seed, "seed", 1, "seed of the sentence order")
}

func main() {
	var opts options
	flags := flag.NewFlagSet("trainparse", flag.ContinueOnError)
	opts.addFlags(flags)
	if err := flags.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if err := run(opts, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run trains a model as opts say and writes it, logging progress to log.
func run(opts options, log io.Writer) error {
	started := time.Now()
	sentences, err := readFile(opts.trainPath)
	if err != nil {
		return err
	}
	if opts.sentences > 0 {
		sentences = sentences[:min(opts.sentences, len(sentences))]
	}
	fmt.Fprintf(log, "read %d training sentences\n", len(sentences))
	if !opts.noClusters {
		entities, err := ner.Default()
		if err != nil {
			return err
		}
		opts.train.Clusters = entities.Clusters()
	}
	opts.train.Log = log
	model, err := parse.Train(sentences, opts.train)
	if err != nil {
		return err
	}
	var encoded bytes.Buffer
	if _, err := model.WriteTo(&encoded); err != nil {
		return err
	}
	if err := os.WriteFile(opts.outPath, encoded.Bytes(), 0o644); err != nil {
		return fmt.Errorf("trainparse: %w", err)
	}
	fmt.Fprintf(log, "wrote %s (%d bytes) in %s\n", opts.outPath, encoded.Len(), time.Since(started).Round(time.Second))
	if opts.devPath == "" {
		return nil
	}
	return evaluate(model, opts, log)
}

// evaluate parses the dev file and prints the scores.
func evaluate(model *parse.Model, opts options, log io.Writer) error {
	gold, err := readFile(opts.devPath)
	if err != nil {
		return err
	}
	predicted := make([]*parse.Sentence, len(gold))
	words := 0
	started := time.Now()
	for i, sentence := range gold {
		copied := *sentence
		copied.Words = append([]parse.Word(nil), sentence.Words...)
		model.ParseSentence(&copied)
		predicted[i] = &copied
		words += len(copied.Words)
	}
	elapsed := time.Since(started)
	scores := parse.Score(gold, predicted)
	fmt.Fprintf(log, "dev: %d words, UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f, %.0f words/s\n",
		scores.Words, scores.UPOS, scores.XPOS, scores.UAS, scores.LAS, float64(words)/elapsed.Seconds())
	if opts.predPath == "" {
		return nil
	}
	var out bytes.Buffer
	for _, sentence := range predicted {
		if err := parse.WriteSentence(&out, sentence); err != nil {
			return err
		}
	}
	if err := os.WriteFile(opts.predPath, out.Bytes(), 0o644); err != nil {
		return fmt.Errorf("trainparse: %w", err)
	}
	return nil
}

// readFile reads every sentence of a CoNLL-U file.
func readFile(path string) ([]*parse.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("trainparse: %w", err)
	}
	defer f.Close()
	reader := parse.NewReader(f)
	var sentences []*parse.Sentence
	for {
		sentence, err := reader.Read()
		if err == io.EOF {
			return sentences, nil
		}
		if err != nil {
			return nil, fmt.Errorf("trainparse: %s: %w", path, err)
		}
		sentences = append(sentences, sentence)
	}
}
