package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/kg-project/kg/internal/wording"
)

// walk reads every input under the directory root, whose id is rootID
// and whose information is info; ids below it extend rootID.
func (r *reader) walk(root, rootID string, info fs.FileInfo) error {
	// Directories are known by their identity on disk, so that a link
	// back to an ancestor (or a second link to one directory) is not
	// followed again. The identity comes from a stat already made, so
	// that walking costs the same at every depth.
	visited := map[directoryKey]string{}
	if key, ok := keyOf(root, info); ok {
		visited[key] = root
	}
	r.unknown = unknownFiles{}
	if err := r.walkDir(root, rootID, visited); err != nil {
		return err
	}
	if r.unknown.count > 0 {
		r.warn(Problem{File: root, Reason: r.unknown.String()})
	}
	return nil
}

// unknownFiles tallies the files of unknown kind met in a walk, keeping
// the ids of the first few to name them.
type unknownFiles struct {
	count int
	first []string
}

const unknownFilesNamed = 3

func (u *unknownFiles) add(id string) {
	u.count++
	if len(u.first) < unknownFilesNamed {
		u.first = append(u.first, id)
	}
}

func (u unknownFiles) String() string {
	named := strings.Join(u.first, ", ")
	if u.count > len(u.first) {
		named += ", ..."
	}
	return fmt.Sprintf("%s of unknown kind skipped (%s)", wording.Count(u.count, "file", "files"), named)
}

func (r *reader) walkDir(dir, relDir string, visited map[directoryKey]string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns what it read before failing; those are still used.
		r.skip(dir, err)
	}
	if isStore(entries) {
		r.warn(Problem{File: dir, Reason: reasonStore})
		return nil
	}
	for _, entry := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := entry.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(dir, name)
		rel := path.Join(relDir, name)
		// Only a link and a directory need a stat: the entry's type
		// tells the rest.
		var info fs.FileInfo
		switch {
		case entry.Type()&fs.ModeSymlink != 0:
			info, err = os.Stat(full)
		case entry.IsDir():
			info, err = entry.Info()
		}
		if err != nil {
			r.skip(full, err)
			continue
		}
		mode := entry.Type()
		if info != nil {
			mode = info.Mode()
		}
		switch {
		case mode.IsDir():
			key, ok := keyOf(full, info)
			if !ok {
				r.warn(Problem{File: full, Reason: reasonUnknownDirectory, Skipped: true})
				continue
			}
			if first, seen := visited[key]; seen {
				r.warn(Problem{File: full, Reason: "directory already read as " + first, Skipped: true})
				continue
			}
			visited[key] = full
			if err := r.walkDir(full, rel, visited); err != nil {
				return err
			}
		case refusal(mode) != "":
			r.warn(Problem{File: full, Reason: refusal(mode), Skipped: true})
		default:
			if isDocumentation(name) {
				continue
			}
			kind := kindOf(name)
			if kind.format == unsupported {
				r.unknown.add(rel)
				continue
			}
			if err := r.readFile(full, rel, kind, true); err != nil {
				return err
			}
		}
	}
	return nil
}

// isStore reports whether a directory's entries are those of a Badger
// database, such as a kg store: a MANIFEST or KEYREGISTRY beside table,
// log or memtable files. Its files are no articles, and one of them may
// be the store being written.
func isStore(entries []os.DirEntry) bool {
	var registry, data bool
	for _, entry := range entries {
		switch name := entry.Name(); {
		case name == "MANIFEST", name == "KEYREGISTRY":
			registry = true
		case strings.HasSuffix(name, ".sst"), strings.HasSuffix(name, ".vlog"), strings.HasSuffix(name, ".mem"):
			data = true
		}
	}
	return registry && data
}
