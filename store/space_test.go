package store_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/kg-project/kg/internal/fsfault"
	"github.com/kg-project/kg/store"
)

// TestPutStopsCleanlyWhenTheDiskFills fills a real file system while
// articles are put, as another program writing beside the store would:
// Put must refuse with ErrDiskFull before Badger writes into memory-mapped
// pages the file system cannot back (which kills the process with SIGBUS),
// the store must close and reopen holding every article put before, and
// once room is freed the rest goes in and the store equals a clean one.
func TestPutStopsCleanlyWhenTheDiskFills(t *testing.T) {
	articles := syntheticArticles(600)
	mount := fsfault.Small(t, 192<<20)
	dir := mount + "/store"
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	filler := fsfault.NewFiller(t, mount)
	// Leave a few MiB more than the store needs at the start, then take a
	// MiB after every batch, so the guard trips part way.
	filler.Take(fsfault.Free(t, mount) - (64+32+6)<<20)
	stored := 0
	for stored < len(articles) {
		end := min(stored+20, len(articles))
		_, err := s.Put(articles[stored:end]...)
		if errors.Is(err, store.ErrDiskFull) {
			t.Logf("disk full after %d articles: %v", stored, err)
			break
		}
		if err != nil {
			t.Fatalf("Put after %d articles: %v", stored, err)
		}
		stored = end
		filler.Take(1 << 20)
	}
	if stored == 0 || stored == len(articles) {
		t.Fatalf("the disk filled after %d of %d articles; the test wants it to fill part way", stored, len(articles))
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close on a full disk: %v", err)
	}

	want := openMemory(t)
	put(t, want, articles[:stored]...)
	s, err = store.Open(dir, store.Options{})
	if err != nil {
		t.Fatalf("reopen after the disk filled: %v", err)
	}
	defer s.Close()
	if got, wantLines := snapshot(t, s), snapshot(t, want); !slices.Equal(got, wantLines) {
		t.Fatalf("store after the disk filled holds %d lines, the %d articles put before hold %d", len(got), stored, len(wantLines))
	}

	filler.Release()
	put(t, s, articles[stored:]...)
	put(t, want, articles[stored:]...)
	if !slices.Equal(snapshot(t, s), snapshot(t, want)) {
		t.Fatal("store completed after room was freed differs from a clean one")
	}
}
