package store

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4/options"
)

// Real tables damaged at random, by changed bytes or a cut, must fail the
// check with an error: never pass, never panic.
func TestCheckTableRefusesDamagedTables(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(smallArticle(1, "a sentence"), smallArticle(2, "another sentence")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	table, err := os.ReadFile(filepath.Join(dir, "000001.sst"))
	if err != nil {
		t.Fatal(err)
	}
	blockSize := badgerOptions(dir, Options{}).BlockSize
	damagedDir := t.TempDir()
	for i := range 3000 {
		random := rand.New(rand.NewPCG(uint64(i), 14))
		damaged := bytes.Clone(table)
		how := "cut"
		if random.IntN(4) == 0 {
			damaged = damaged[:random.IntN(len(damaged))]
		} else {
			how = "changed bytes"
			for range 1 + random.IntN(8) {
				damaged[random.IntN(len(damaged))] ^= byte(1 + random.IntN(255))
			}
		}
		path := filepath.Join(damagedDir, fmt.Sprintf("%06d.sst", i+1))
		if err := os.WriteFile(path, damaged, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := checkTable(path, options.Snappy, blockSize); err == nil {
			t.Errorf("damage %d (%s) passes the check", i, how)
		}
		os.Remove(path)
	}
	path := filepath.Join(damagedDir, "000001.sst")
	if err := os.WriteFile(path, table, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := checkTable(path, options.Snappy, blockSize); err != nil {
		t.Errorf("the undamaged table fails the check: %v", err)
	}
}
