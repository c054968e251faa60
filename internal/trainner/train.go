package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
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
	gmb       gmbOptions
	gmbWeight float64
	gmbMin    int
	selfMin   int
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
	flags.StringVar(&o.gmb.path, "gmb", "../shared/data/gmb/ner_dataset.csv", "GMB NER `file` (CSV) to train on besides CoNLL (\"\" for none)")
	flags.Float64Var(&o.gmbWeight, "gmb-weight", 0, "size of the perceptron updates GMB sentences make, against 1 for CoNLL (0: not trained on)")
	flags.IntVar(&o.gmbMin, "gmb-min-count", 3, "capitalised occurrences in GMB a word needs for a lexicon prior (0: no lexicon)")
	flags.IntVar(&o.gmb.docSentences, "gmb-doc-sentences", 10, "consecutive GMB sentences read as one document")
	flags.IntVar(&o.selfMin, "tagged-min-count", 3, "capitalised occurrences in the BBC and Reuters text a word needs for a prior from tagging it (0: no tagging round)")
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
	unlabelled, err := readUnlabelled(opts)
	if err != nil {
		return err
	}
	var clusters *ner.Clusters
	if opts.clusters.levels[0] > 0 {
		clusters = ner.NewClusters(clusterWords(opts, unlabelled, docs, log))
	}
	trainOpts := ner.TrainOptions{
		Clusters: clusters,
		Epochs:   opts.epochs,
		Folds:    opts.folds,
		MinCount: opts.minCount,
		Seed:     opts.seed,
		Log:      log,
	}
	training := docs
	priors := make(map[string]ner.Prior)
	if opts.gmb.path != "" {
		gmbOpts := opts.gmb
		gmbOpts.titles = titleWords(docs)
		gmb, err := readGMB(gmbOpts)
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "read %d GMB documents\n", len(gmb))
		if opts.gmbMin > 0 {
			priors = lexiconPriors(gmb, opts.gmbMin)
			fmt.Fprintf(log, "GMB lexicon of %d words\n", len(priors))
		}
		if opts.gmbWeight > 0 {
			training = append(docs[:len(docs):len(docs)], gmb...)
			trainOpts.Weights = make([]float64, len(training))
			for d := range trainOpts.Weights {
				trainOpts.Weights[d] = 1
				if d >= len(docs) {
					trainOpts.Weights[d] = opts.gmbWeight
				}
			}
		}
	}
	model, err := trainWithPriors(training, priors, trainOpts)
	if err != nil {
		return err
	}
	if opts.selfMin > 0 && len(unlabelled) > 0 {
		added := addTaggedPriors(priors, taggedPriors(model, unlabelled, opts.selfMin), docs)
		fmt.Fprintf(log, "tagged the unlabelled text: %d more lexicon words; training again\n", added)
		if model, err = trainWithPriors(training, priors, trainOpts); err != nil {
			return err
		}
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

// trainWithPriors trains a model whose lexicon holds priors, if any.
func trainWithPriors(docs [][][]ner.Token, priors map[string]ner.Prior, opts ner.TrainOptions) (*ner.Model, error) {
	opts.Lexicon = nil
	if len(priors) > 0 {
		lexicon, err := ner.NewLexicon(priors)
		if err != nil {
			return nil, fmt.Errorf("trainner: %w", err)
		}
		opts.Lexicon = lexicon
	}
	model, err := ner.Train(docs, opts)
	if err != nil {
		return nil, fmt.Errorf("trainner: %w", err)
	}
	return model, nil
}

// taggedPriors tags the unlabelled documents with model and counts the types
// it gives each capitalised word across all of them: a name the model types
// rightly where its context is plain (shares in Vodafone) is then known
// where it is not.
func taggedPriors(model *ner.Model, unlabelled [][][]string, minCount int) map[string]ner.Prior {
	tagged := make([][][]ner.Token, len(unlabelled))
	for d, doc := range unlabelled {
		labels := model.TagDocument(doc)
		tagged[d] = make([][]ner.Token, len(doc))
		for s, sentence := range doc {
			tagged[d][s] = make([]ner.Token, len(sentence))
			for i, word := range sentence {
				tagged[d][s][i] = ner.Token{Word: word, Label: labels[s][i]}
			}
		}
	}
	return lexiconPriors(tagged, minCount)
}

// addTaggedPriors adds to priors the tagged priors of words that neither
// have one nor are capitalised in the training documents, and returns how
// many it added. The model types its training words almost without fault,
// so their tagged priors would teach it to trust tagged priors more than
// they deserve on words it has not seen.
func addTaggedPriors(priors, tagged map[string]ner.Prior, training [][][]ner.Token) int {
	seen := make(map[string]bool)
	for _, doc := range training {
		for _, sentence := range doc {
			for _, token := range sentence {
				if startsUpper(token.Word) {
					seen[strings.ToLower(token.Word)] = true
				}
			}
		}
	}
	added := 0
	for word, prior := range tagged {
		if _, known := priors[word]; !known && !seen[word] {
			priors[word] = prior
			added++
		}
	}
	return added
}

// readUnlabelled reads the BBC and Reuters-21578 documents the flags name.
func readUnlabelled(opts options) ([][][]string, error) {
	var docs [][][]string
	if opts.bbcDir != "" {
		bbc, err := readBBC(opts.bbcDir)
		if err != nil {
			return nil, err
		}
		docs = append(docs, bbc...)
	}
	if opts.reuters != "" {
		reuters, err := readReuters(opts.reuters)
		if err != nil {
			return nil, err
		}
		docs = append(docs, reuters...)
	}
	return docs, nil
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

// clusterWords clusters the words of the unlabelled documents and of the
// training text.
func clusterWords(opts options, unlabelled [][][]string, docs [][][]ner.Token, log io.Writer) map[string][ner.ClusterLevels]uint32 {
	started := time.Now()
	var lines [][]string
	for _, doc := range unlabelled {
		lines = append(lines, doc...)
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
	return ids
}
