package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// Names of the files Badger keeps in a database directory.
const (
	manifestFile    = "MANIFEST"
	keyRegistryFile = "KEYREGISTRY"
)

// badgerFiles lists the files in dir that belong to a Badger database,
// other than its MANIFEST, and whether the MANIFEST is there. A missing
// dir holds none.
func badgerFiles(dir string) (files []string, manifest bool, err error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if errors.Is(err, syscall.ENOTDIR) {
		return nil, false, fmt.Errorf("store: %s is not a directory; a store is a directory, which --db names", dir)
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: read %s: %w", dir, err)
	}
	for _, entry := range entries {
		name := entry.Name()
		switch {
		case name == manifestFile:
			manifest = true
		case name == keyRegistryFile, strings.HasSuffix(name, ".sst"), strings.HasSuffix(name, ".vlog"), strings.HasSuffix(name, ".mem"):
			files = append(files, name)
		}
	}
	return files, manifest, nil
}

// dropEmptyLogs removes the empty write-ahead logs (.mem) and value logs
// (.vlog) from dir and returns files without them. A process killed
// between creating such a file and its first write leaves it empty; it
// holds nothing, but Badger refuses to open a directory with one in it
// (it takes the empty file for one it has to create). Files are checked
// under lockShared, so no writer is creating one at the time.
func dropEmptyLogs(dir string, files []string) ([]string, error) {
	kept := files[:0:0]
	for _, name := range files {
		if !strings.HasSuffix(name, ".mem") && !strings.HasSuffix(name, ".vlog") {
			kept = append(kept, name)
			continue
		}
		path := filepath.Join(dir, name)
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("store: stat %s: %w", path, err)
		}
		if info.Size() > 0 {
			kept = append(kept, name)
			continue
		}
		if err := os.Remove(path); err != nil {
			return nil, fmt.Errorf("store: remove the empty log %s: %w", path, err)
		}
	}
	return kept, nil
}

// damaged is the error that refuses a damaged store: it says what was
// found and what to do, since kg must not write over what is left.
func damaged(dir, format string, args ...any) error {
	return fail(ErrDamaged, "store: %s is damaged (%s); kg will not read or write it: keep the directory as it is, restore it from a backup, or build into another --db",
		dir, fmt.Sprintf(format, args...))
}

// checkFiles refuses a store whose files Badger would misread or delete:
// table files without a MANIFEST, a MANIFEST that does not replay to its
// end, a table the MANIFEST lists but that is missing, tables it does not
// list (see checkUnlisted), and a table whose footer, index or blocks
// fail their checksums. Badger would open the first four as an empty or
// shorter database and delete the tables it does not know; it would read
// the last as fewer keys, or panic.
func checkFiles(dir string, files []string, hasManifest bool, opts badger.Options) error {
	if !hasManifest {
		return damaged(dir, "it holds %s but no MANIFEST", strings.Join(files, ", "))
	}
	path := filepath.Join(dir, manifestFile)
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	defer file.Close()
	manifest, replayed, err := badger.ReplayManifestFile(file, opts.ExternalMagicVersion, opts)
	if err != nil {
		return damaged(dir, "its MANIFEST does not read: %v", err)
	}
	info, err := file.Stat()
	if err != nil {
		return fmt.Errorf("store: stat %s: %w", path, err)
	}
	if replayed != info.Size() {
		return damaged(dir, "its MANIFEST is cut short: %d of its %d bytes replay", replayed, info.Size())
	}
	var newest uint64 // the highest version in a listed table
	for id, tm := range manifest.Tables {
		version, err := checkTable(table.NewFilename(id, dir), tm.Compression, opts.BlockSize)
		if err != nil {
			return damaged(dir, "%v", err)
		}
		newest = max(newest, version)
	}
	return checkUnlisted(dir, files, manifest, newest, opts)
}

// checkUnlisted refuses a store whose table files the MANIFEST does not
// list and that hold what no other file holds. A process killed at the
// wrong moment leaves unlisted tables too, which Badger deletes, rightly:
// the output of a compaction not yet recorded, or its inputs not yet
// deleted, whose keys listed tables hold; or one memtable's flush not yet
// recorded, newer than every listed table, whose keys its .mem file still
// holds. More than one table newer than every listed one, or one without
// a .mem file, is what a MANIFEST that lost its last records leaves.
func checkUnlisted(dir string, files []string, manifest badger.Manifest, newest uint64, opts badger.Options) error {
	var newer []string
	memtables := 0
	for _, name := range files {
		if strings.HasSuffix(name, ".mem") {
			memtables++
		}
		id, isTable := table.ParseFileID(name)
		if _, listed := manifest.Tables[id]; !isTable || listed {
			continue
		}
		// An unlisted table that does not read is one a killed process
		// was writing.
		version, err := checkTable(filepath.Join(dir, name), opts.Compression, opts.BlockSize)
		if err == nil && version > newest {
			newer = append(newer, name)
		}
	}
	if len(newer) > 1 || len(newer) == 1 && memtables == 0 {
		return damaged(dir, "its MANIFEST does not list %s", strings.Join(newer, ", "))
	}
	return nil
}

// checkTable opens a table file read-only and verifies the checksums of
// its index and of every block, and returns the highest version of a key
// it holds. Badger panics on some damaged footers; the panic is turned
// into the error it stands for.
func checkTable(path string, compression options.CompressionType, blockSize int) (version uint64, err error) {
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("table %s listed in its MANIFEST is missing", filepath.Base(path))
	}
	if err != nil {
		return 0, fmt.Errorf("table %s does not open: %v", filepath.Base(path), err)
	}
	defer func() {
		if recovered := recover(); recovered != nil {
			mf.Close(-1)
			err = fmt.Errorf("table %s does not read", filepath.Base(path))
		}
	}()
	t, err := table.OpenTable(mf, table.Options{ReadOnly: true, ChkMode: options.OnTableRead, Compression: compression, BlockSize: blockSize})
	if err != nil {
		// OpenTable has closed the file.
		return 0, fmt.Errorf("table %s fails its checksums", filepath.Base(path))
	}
	return t.MaxVersion(), t.Close(-1)
}

// lockShared takes the lock Badger takes on dir, shared, so that files
// are checked while no writer changes them; it fails with ErrLocked
// while a writer has the store.
func lockShared(dir string) (unlock func(), err error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	if err := syscall.Flock(int(d.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		d.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, lockedError(dir)
		}
		return nil, fmt.Errorf("store: lock %s: %w", dir, err)
	}
	return func() { d.Close() }, nil
}

func lockedError(dir string) error {
	return fail(ErrLocked, "store: %s is in use by another kg process; wait for it to finish or use another --db", dir)
}
