package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// An article record keeps what extraction found in the article, as it
// was before the store's curation rules changed it, so that rules given
// later apply to stored articles without extracting them again. The
// encoding: the number of entities, then each entity's id, name, type,
// aliases (a count, then each) and mentions (a count, then each one's
// start, end, text and via); the number of relations, then each
// relation's subject, predicate, object, negated (0 or 1), kind,
// sentence start and end, and a flag byte: 1 when its evidence sentence
// follows, 0 when it is the previous relation's, which news sentences
// stating several relations make common.

// ExtractedPredicates returns the predicates of the relations extraction
// found in the stored articles, before curation rules dropped any, sorted,
// each once: what a rule about predicates can be checked against. It
// reads every article's record. Articles stored before records kept their
// extraction add nothing; Predicates has their edges' predicates.
func (s *Store) ExtractedPredicates() ([]string, error) {
	seen := make(map[string]bool)
	err := s.eachExtraction(func(a *graph.Article) {
		for _, relation := range a.Relations {
			seen[relation.Predicate] = true
		}
	})
	return slices.Sorted(maps.Keys(seen)), err
}

// ExtractedNames returns the names and aliases of the entities
// extraction found in the stored articles, before curation rules changed
// any, as graph.FoldName folds them, sorted, each once: what a rule about
// names can be checked against. It reads every article's record, as
// ExtractedPredicates does.
func (s *Store) ExtractedNames() ([]string, error) {
	seen := make(map[string]bool)
	err := s.eachExtraction(func(a *graph.Article) {
		for _, entity := range a.Entities {
			seen[graph.FoldName(entity.Name)] = true
			for _, alias := range entity.Aliases {
				seen[graph.FoldName(alias)] = true
			}
		}
	})
	return slices.Sorted(maps.Keys(seen)), err
}

// HeldExtraction returns the entities and relations extraction found
// in the stored article that holds the content hash (graph.Article.Hash,
// as Put's hash index names it), or nil when no article holds it or its
// record keeps no extraction. Extraction reads nothing but the text that
// the hash stands for, so a new article of that text, which Put records
// as a duplicate, can take this rather than be extracted again.
func (s *Store) HeldExtraction(hash string) (*graph.Article, error) {
	var a *graph.Article
	err := s.view(func(txn *badger.Txn) error {
		id, err := getString(txn, hashKey(hash))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: read hash index: %w", err)
		}
		record, found, err := readArticle(txn, id)
		if err != nil || !found || len(record.Extraction) == 0 {
			return err
		}
		a = &graph.Article{ID: id}
		return decodeExtraction(record.Extraction, a)
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// eachExtraction calls fn with the extraction of every stored article
// whose record keeps it.
func (s *Store) eachExtraction(fn func(*graph.Article)) error {
	return s.view(func(txn *badger.Txn) error {
		return scan(txn, []byte{prefixArticle}, true, func(key Key, value []byte) error {
			record, err := decodeArticle(value)
			if err != nil || len(record.Extraction) == 0 {
				return err
			}
			a := graph.Article{ID: key.Article}
			if err := decodeExtraction(record.Extraction, &a); err != nil {
				return err
			}
			fn(&a)
			return nil
		})
	})
}

// encodeExtraction encodes a's entities and relations.
func encodeExtraction(a *graph.Article) []byte {
	buf := binary.AppendUvarint(nil, uint64(len(a.Entities)))
	for _, entity := range a.Entities {
		buf = appendField(appendField(appendField(buf, entity.ID), entity.Name), string(entity.Type))
		buf = binary.AppendUvarint(buf, uint64(len(entity.Aliases)))
		for _, alias := range entity.Aliases {
			buf = appendField(buf, alias)
		}
		buf = binary.AppendUvarint(buf, uint64(len(entity.Mentions)))
		for _, mention := range entity.Mentions {
			buf = binary.AppendVarint(binary.AppendVarint(buf, int64(mention.Start)), int64(mention.End))
			buf = appendField(appendField(buf, mention.Text), mention.Via)
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(a.Relations)))
	for i, relation := range a.Relations {
		buf = appendField(appendField(appendField(buf, relation.Subject), relation.Predicate), relation.Object)
		buf = appendNegated(buf, relation.Negated)
		buf = appendField(buf, string(relation.Kind))
		buf = binary.AppendVarint(binary.AppendVarint(buf, int64(relation.Sentence.Start)), int64(relation.Sentence.End))
		if i > 0 && a.Relations[i-1].Evidence == relation.Evidence {
			buf = append(buf, 0)
		} else {
			buf = appendField(append(buf, 1), relation.Evidence)
		}
	}
	return buf
}

// decodeExtraction decodes what encodeExtraction encoded into a's
// Entities and Relations.
func decodeExtraction(buf []byte, a *graph.Article) error {
	d := decoder{rest: buf}
	count := func() uint64 {
		// Every element takes at least one byte: a larger count is
		// corrupt, and must not size an allocation.
		n := d.uvarint()
		if n > uint64(len(d.rest)) {
			d.bad = true
			return 0
		}
		return n
	}
	a.Entities, a.Relations = nil, nil
	if n := count(); n > 0 {
		a.Entities = make([]graph.Entity, n)
	}
	for i := range a.Entities {
		entity := graph.Entity{ID: d.string(), Name: d.string(), Type: graph.Type(d.string())}
		for n := count(); n > 0 && !d.bad; n-- {
			entity.Aliases = append(entity.Aliases, d.string())
		}
		for n := count(); n > 0 && !d.bad; n-- {
			mention := graph.Mention{Start: int(d.varint()), End: int(d.varint())}
			mention.Text, mention.Via = d.string(), d.string()
			entity.Mentions = append(entity.Mentions, mention)
		}
		a.Entities[i] = entity
	}
	if n := count(); n > 0 {
		a.Relations = make([]graph.Relation, n)
	}
	for i := range a.Relations {
		relation := graph.Relation{Subject: d.string(), Predicate: d.string(), Object: d.string()}
		relation.Negated = d.flag()
		relation.Kind = graph.Kind(d.string())
		relation.Sentence = graph.Span{Start: int(d.varint()), End: int(d.varint())}
		switch {
		case d.flag():
			relation.Evidence = d.string()
		case i > 0:
			relation.Evidence = a.Relations[i-1].Evidence
		default:
			d.bad = true
		}
		a.Relations[i] = relation
	}
	if err := d.finish("extraction"); err != nil {
		return fmt.Errorf("%w of article %q", err, a.ID)
	}
	return nil
}

// flag reads a byte that is 0 or 1.
func (d *decoder) flag() bool {
	if len(d.rest) == 0 || d.rest[0] > 1 {
		d.bad = true
		return false
	}
	set := d.rest[0] == 1
	d.rest = d.rest[1:]
	return set
}
