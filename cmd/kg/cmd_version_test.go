package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/parse"
)

func TestVersion(t *testing.T) {
	command := runKG(t, "version")
	flag := runKG(t, "--version")
	if command.code != exitOK || flag.code != exitOK {
		t.Fatalf("kg version exited %d, kg --version %d:\n%s%s", command.code, flag.code, command.stderr, flag.stderr)
	}
	if !bytes.Equal(command.stdout, flag.stdout) {
		t.Errorf("kg version and kg --version differ:\n%s\n%s", command.stdout, flag.stdout)
	}
	for _, want := range []string{"\nextraction    " + extract.Version + "\n", ner.DefaultHash()[:shortHash], parse.DefaultHash()[:shortHash], "github.com/kg-project/kg"} {
		if !strings.Contains(string(command.stdout), want) {
			t.Errorf("kg version does not say %q:\n%s", want, command.stdout)
		}
	}

	asJSON := runKG(t, "version", "--json")
	var report versionReport
	decodeJSON(t, asJSON.stdout, &report)
	if report.Extraction != extract.Version || report.NER != ner.DefaultHash() || report.Parser != parse.DefaultHash() || report.Version == "" || report.Go == "" {
		t.Errorf("kg version --json = %+v", report)
	}
	if got := runKG(t, "version", "extra"); got.code != exitUsage {
		t.Errorf("kg version extra exited %d, want %d", got.code, exitUsage)
	}
}
