package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/extract/ner"
)

// options are the flags of trainner.
type options struct {
	trainPath string
	validPath string
	outPath   string
	epochs    int
	folds     int
	minCount  int
	seed      uint64
	bbcDir    string
	reuters   string
	clusters  clusterOptions
}

func (o *options) addFlags(flags *flag.FlagSet) {
	flags.StringVar(&o.trainPath, "train", "../shared/data/conll2003/train.txt", "CoNLL-2003 training `file`")
	flags.StringVar(&o.validPath, "valid", "", "CoNLL-2003 `file` to report the new model's F1 on (not trained on)")
	flags.StringVar(&o.outPath, "out", "extract/ner/model.bin.gz", "model `file` to write")
	flags.IntVar(&o.epochs, "epochs", 15, "perceptron passes over the data per stage")
	flags.IntVar(&o.folds, "folds", 5, "folds for the second pass's first-pass labels")
	flags.IntVar(&o.minCount, "min-count", 1, "drop features seen fewer `times`")
	flags.Uint64Var(&o.seed, "seed", 1, "seed of the document order")
	flags.StringVar(&o.bbcDir, "bbc", "../shared/data/bbc", "`dir` of BBC News text for word clusters (\"\" for none)")
	flags.StringVar(&o.reuters, "reuters", "../shared/data/reuters21578", "`dir` of Reuters-21578 SGML for word clusters (\"\" for none)")
	flags.IntVar(&o.clusters.levels[0], "clusters", 512, "word clusters at the finest level (0 for none)")
	flags.IntVar(&o.clusters.rounds, "cluster-rounds", 12, "k-means iterations")
	o.clusters.minCount = 3
	o.clusters.maxWords = 40000
	o.clusters.contexts = 2000
	o.clusters.seed = 1
}

// run trains a model as opts say and writes it, logging progress to log.
func run(opts options, log io.Writer) error {
	started := time.Now()
	docs, err := readCoNLL(opts.trainPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "read %d training documents\n", len(docs))
	var clusters *ner.Clusters
	if opts.clusters.levels[0] > 0 {
		ids, err := clusterWords(opts, docs, log)
		if err != nil {
			return err
		}
		clusters = ner.NewClusters(ids)
	}
	model, err := ner.Train(docs, ner.TrainOptions{
		Clusters: clusters,
		Epochs:   opts.epochs,
		Folds:    opts.folds,
		MinCount: opts.minCount,
		Seed:     opts.seed,
		Log:      log,
	})
	if err != nil {
		return fmt.Errorf("trainner: %w", err)
	}
	var encoded bytes.Buffer
	if _, err := model.WriteTo(&encoded); err != nil {
		return fmt.Errorf("trainner: %w", err)
	}
	if err := os.WriteFile(opts.outPath, encoded.Bytes(), 0o644); err != nil {
		return fmt.Errorf("trainner: %w", err)
	}
	fmt.Fprintf(log, "wrote %s (%d bytes) in %s\n", opts.outPath, encoded.Len(), time.Since(started).Round(time.Second))
	if opts.validPath == "" {
		return nil
	}
	valid, err := readCoNLL(opts.validPath)
	if err != nil {
		return err
	}
	report(log, model, valid)
	return nil
}

func readCoNLL(path string) ([][][]ner.Token, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("trainner: %w", err)
	}
	defer file.Close()
	docs, err := ner.ReadCoNLL(file)
	if err != nil {
		return nil, fmt.Errorf("trainner: %s: %w", path, err)
	}
	return docs, nil
}

// report prints the entity-level scores of model on gold documents.
func report(log io.Writer, model *ner.Model, docs [][][]ner.Token) {
	gold := make([][][]string, len(docs))
	predicted := make([][][]string, len(docs))
	for d, doc := range docs {
		words := make([][]string, len(doc))
		gold[d] = make([][]string, len(doc))
		for s, sentence := range doc {
			for _, token := range sentence {
				words[s] = append(words[s], token.Word)
				gold[d][s] = append(gold[d][s], token.Label)
			}
		}
		predicted[d] = model.TagDocument(words)
	}
	evaluation := ner.Evaluate(gold, predicted)
	for _, kind := range ner.ScoredTypes {
		counts := evaluation.ByType[kind]
		fmt.Fprintf(log, "%s\tP=%.4f\tR=%.4f\tF1=%.4f\n", kind, counts.Precision(), counts.Recall(), counts.F1())
	}
	all := evaluation.All
	fmt.Fprintf(log, "ALL\tP=%.4f\tR=%.4f\tF1=%.4f\n", all.Precision(), all.Recall(), all.F1())
	misc := evaluation.ByType["MISC"]
	fmt.Fprintf(log, "(MISC\tP=%.4f\tR=%.4f\tF1=%.4f)\n", misc.Precision(), misc.Recall(), misc.F1())
}

// clusterWords clusters the words of the unlabelled corpora and of the
// training text.
func clusterWords(opts options, docs [][][]ner.Token, log io.Writer) (map[string][ner.ClusterLevels]uint32, error) {
	started := time.Now()
	var lines [][]string
	if opts.bbcDir != "" {
		bbc, err := readBBC(opts.bbcDir)
		if err != nil {
			return nil, err
		}
		lines = append(lines, bbc...)
	}
	if opts.reuters != "" {
		reuters, err := readReuters(opts.reuters)
		if err != nil {
			return nil, err
		}
		lines = append(lines, reuters...)
	}
	for _, doc := range docs {
		for _, sentence := range doc {
			words := make([]string, len(sentence))
			for i, token := range sentence {
				words[i] = token.Word
			}
			lines = append(lines, words)
		}
	}
	clusterOpts := opts.clusters
	clusterOpts.levels[1] = max(clusterOpts.levels[0]/4, 1)
	clusterOpts.levels[2] = max(clusterOpts.levels[0]/16, 1)
	ids := induceClusters(lines, clusterOpts)
	tokens := 0
	for _, line := range lines {
		tokens += len(line)
	}
	fmt.Fprintf(log, "clustered %d words of %d tokens in %s\n", len(ids), tokens, time.Since(started).Round(time.Millisecond))
	return ids, nil
}
