package corpus

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// walk reads every input under the directory root. Ids are relative to root.
func (r *reader) walk(root string) error {
	// Directories are known by their resolved path, so that a link back to
	// an ancestor (or a second link to one directory) is not followed again.
	visited := map[string]string{}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		visited[real] = root
	}
	return r.walkDir(root, "", visited)
}

func (r *reader) walkDir(dir, relDir string, visited map[string]string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns what it read before failing; those are still used.
		r.skip(dir, err)
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
		kind := entry.Type()
		if kind&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				r.skip(full, err)
				continue
			}
			kind = info.Mode().Type()
		}
		switch {
		case kind.IsDir():
			real, err := filepath.EvalSymlinks(full)
			if err != nil {
				r.skip(full, err)
				continue
			}
			if first, seen := visited[real]; seen {
				r.warn(Problem{File: full, Reason: "directory already read as " + first, Skipped: true})
				continue
			}
			visited[real] = full
			if err := r.walkDir(full, rel, visited); err != nil {
				return err
			}
		case kind.IsRegular():
			if isDocumentation(name) {
				continue
			}
			if err := r.readFile(full, rel, formatOf(name)); err != nil {
				return err
			}
		}
	}
	return nil
}
