package store

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// Real tables damaged at random, by changed bytes or a cut, must fail the
// check with an error: never panic, and pass only when the damaged table
// still reads back to the same keys and values (a changed byte of a
// compressed block can leave what it decompresses to as it was).
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
	content := tableContent(t, filepath.Join(dir, "000001.sst"), blockSize)
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
		if _, err := checkTable(path, options.Snappy, blockSize); err == nil && !slices.Equal(tableContent(t, path, blockSize), content) {
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

// tableContent reads every key and value of a table that passed
// checkTable.
func tableContent(t *testing.T, path string, blockSize int) []string {
	t.Helper()
	file, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	opened, err := table.OpenTable(file, table.Options{ReadOnly: true, ChkMode: options.OnTableRead, Compression: options.Snappy, BlockSize: blockSize})
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close(-1)
	var content []string
	it := opened.NewIterator(0)
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		content = append(content, fmt.Sprintf("%x=%x", it.Key(), it.ValueCopy().Value))
	}
	return content
}
