package export

import (
	"fmt"
	"path/filepath"
	"strings"
)

// formats lists the formats Write knows, each with the file extensions
// that name it, the usual one first.
var formats = []struct {
	format     Format
	extensions []string
}{
	{GraphML, []string{".graphml"}},
	{GEXF, []string{".gexf"}},
	{DOT, []string{".dot", ".gv"}},
}

// ParseFormat returns the Format named by s, ignoring case and surrounding
// space: its name, or one of its file extensions without the dot, such as
// "gv", which Graphviz uses for DOT.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for _, known := range formats {
		if name == string(known.format) {
			return known.format, nil
		}
		for _, extension := range known.extensions {
			if name == extension[1:] {
				return known.format, nil
			}
		}
	}
	return "", unknownFormat(s)
}

// FormatOf returns the Format that the extension of path names, ignoring
// case: ".graphml", ".gexf", ".dot" or ".gv". For any other extension, or
// none, it returns an error wrapping ErrUnknownExtension that names the
// known ones.
func FormatOf(path string) (Format, error) {
	extension := strings.ToLower(filepath.Ext(path))
	for _, known := range formats {
		for _, candidate := range known.extensions {
			if extension == candidate {
				return known.format, nil
			}
		}
	}
	var known []string
	for _, f := range formats {
		known = append(known, f.extensions...)
	}
	if extension == "" {
		return "", fmt.Errorf("%w: %q has none (known: %s)", ErrUnknownExtension, path, strings.Join(known, ", "))
	}
	return "", fmt.Errorf("%w %q of %q (known: %s)", ErrUnknownExtension, extension, path, strings.Join(known, ", "))
}

func unknownFormat(name string) error {
	names := make([]string, len(formats))
	for i, known := range formats {
		names[i] = string(known.format)
	}
	return fmt.Errorf("%w %q (want %s or %s)", ErrUnknownFormat, name, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}
