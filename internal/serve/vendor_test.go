package serve_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path"
	"regexp"
	"testing"
)

// TestVendoredChecksum checks every file web/README.md records in its
// table of vendored files against the sha256 it records, so that a
// vendored library is never changed without its record.
func TestVendoredChecksum(t *testing.T) {
	readme, err := os.ReadFile("web/README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `(vendor/[^`]+)` \\|.*\\| `([0-9a-f]{64})` \\|$")
	rows := row.FindAllSubmatch(readme, -1)
	if len(rows) == 0 {
		t.Fatal("web/README.md records no vendored file")
	}
	recorded := make(map[string]bool)
	for _, match := range rows {
		name, want := string(match[1]), string(match[2])
		recorded[name] = true
		data, err := os.ReadFile(path.Join("web", name))
		if err != nil {
			t.Errorf("web/README.md records %s: %v", name, err)
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("%s has sha256 %s; web/README.md records %s", name, got, want)
		}
	}
	entries, err := os.ReadDir("web/vendor")
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		name := "vendor/" + entry.Name()
		if !recorded[name] && path.Ext(name) == ".js" {
			t.Errorf("%s is not recorded in web/README.md", name)
		}
	}
}
