package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/dgraph-io/badger/v4"
	"github.com/kg-project/kg/graph"
)

// metricsFormat is the first byte of a metrics record, so that a record of
// another layout is recognised rather than misread.
const metricsFormat = 1

// PutAnalysis replaces the stored analysis by a and the metrics of its
// nodes. The summary is removed first and written last, so that an
// interrupted call leaves no summary claiming metrics it lacks.
func (s *Store) PutAnalysis(a graph.Analysis, metrics map[uint64]graph.Metrics) error {
	if s.readOnly {
		return errors.New("store: cannot store an analysis in a store opened read-only")
	}
	summary, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("store: encode analysis: %w", err)
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	change := s.beginChange()
	change.everything = true
	defer s.endChange(change)
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete(analysisKey()) }); err != nil {
		return fmt.Errorf("store: remove old analysis: %w", err)
	}
	if err := s.db.DropPrefix([]byte{prefixMetrics}); err != nil {
		return fmt.Errorf("store: remove old metrics: %w", err)
	}
	batch := s.db.NewWriteBatch()
	defer batch.Cancel()
	for id, m := range metrics {
		if err := batch.Set(metricsKey(id), encodeMetrics(m)); err != nil {
			return fmt.Errorf("store: write metrics: %w", err)
		}
	}
	if err := batch.Flush(); err != nil {
		return fmt.Errorf("store: write metrics: %w", err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(analysisKey(), summary) }); err != nil {
		return fmt.Errorf("store: write analysis: %w", err)
	}
	return nil
}

// Analysis returns the stored analysis summary; found is false when none
// is stored.
func (s *Store) Analysis() (a graph.Analysis, found bool, err error) {
	err = s.view(func(txn *badger.Txn) error {
		item, err := txn.Get(analysisKey())
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return item.Value(func(value []byte) error { return json.Unmarshal(value, &a) })
	})
	if err != nil {
		return graph.Analysis{}, false, fmt.Errorf("store: read analysis: %w", err)
	}
	return a, found, nil
}

// Metrics returns the stored metrics by node id.
func (s *Store) Metrics() (map[uint64]graph.Metrics, error) {
	metrics := make(map[uint64]graph.Metrics)
	err := s.view(func(txn *badger.Txn) error {
		return eachItem(txn, []byte{prefixMetrics}, true, func(item *badger.Item) error {
			key := item.Key()
			if len(key) != 9 {
				return fmt.Errorf("%w: malformed metrics key %x", ErrCorrupt, key)
			}
			return item.Value(func(value []byte) error {
				m, err := decodeMetrics(value)
				metrics[binary.BigEndian.Uint64(key[1:])] = m
				return err
			})
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: read metrics: %w", err)
	}
	return metrics, nil
}

// A metrics record: the format byte, then in-degree, out-degree, weight
// in, weight out as uvarints, PageRank, betweenness and harmonic
// centrality as 8-byte IEEE 754, then community, component and core as
// uvarints.
func encodeMetrics(m graph.Metrics) []byte {
	buf := make([]byte, 1, 64)
	buf[0] = metricsFormat
	for _, v := range []int{m.InDegree, m.OutDegree, m.WeightIn, m.WeightOut} {
		buf = binary.AppendUvarint(buf, uint64(v))
	}
	for _, v := range []float64{m.PageRank, m.Betweenness, m.Harmonic} {
		buf = binary.BigEndian.AppendUint64(buf, math.Float64bits(v))
	}
	for _, v := range []int{m.Community, m.Component, m.Core} {
		buf = binary.AppendUvarint(buf, uint64(v))
	}
	return buf
}

func decodeMetrics(buf []byte) (graph.Metrics, error) {
	if len(buf) == 0 || buf[0] != metricsFormat {
		return graph.Metrics{}, fmt.Errorf("%w: metrics record of unknown format", ErrCorrupt)
	}
	rest := buf[1:]
	bad := false
	uvarint := func() int {
		v, n := binary.Uvarint(rest)
		if n <= 0 || v > math.MaxInt32 {
			bad = true
			return 0
		}
		rest = rest[n:]
		return int(v)
	}
	float := func() float64 {
		if len(rest) < 8 {
			bad = true
			return 0
		}
		v := math.Float64frombits(binary.BigEndian.Uint64(rest))
		rest = rest[8:]
		return v
	}
	var m graph.Metrics
	m.InDegree, m.OutDegree, m.WeightIn, m.WeightOut = uvarint(), uvarint(), uvarint(), uvarint()
	m.PageRank, m.Betweenness, m.Harmonic = float(), float(), float()
	m.Community, m.Component, m.Core = uvarint(), uvarint(), uvarint()
	if bad || len(rest) != 0 {
		return graph.Metrics{}, fmt.Errorf("%w: malformed metrics record", ErrCorrupt)
	}
	return m, nil
}
