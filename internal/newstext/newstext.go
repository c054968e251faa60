// Package newstext reads the raw text of the unlabelled news that kg's
// training programs count words in: the articles of BBC News and the story
// bodies of Reuters-21578.
package newstext

import (
	"bytes"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// BBC returns the text of every .txt article under dir, in the order of
// their paths, with bytes that are not UTF-8 dropped.
func BBC(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !entry.IsDir() && strings.HasSuffix(path, ".txt") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	texts := make([]string, 0, len(paths))
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(bytes.ToValidUTF8(text, nil)))
	}
	return texts, nil
}

var reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// Reuters returns every story body of the Reuters-21578 SGML files (*.sgm)
// in dir, in the order of the files and of the stories in them, with bytes
// that are not UTF-8 dropped and entities unescaped.
func Reuters(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.sgm"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var bodies []string
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, match := range reutersBody.FindAllSubmatch(bytes.ToValidUTF8(text, nil), -1) {
			bodies = append(bodies, html.UnescapeString(string(match[1])))
		}
	}
	return bodies, nil
}
