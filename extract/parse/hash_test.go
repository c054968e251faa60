package parse_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/kg-project/kg/extract/parse"
)

func TestDefaultHash(t *testing.T) {
	model, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	var written bytes.Buffer
	if _, err := model.WriteTo(&written); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(written.Bytes())
	if got, want := parse.DefaultHash(), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("DefaultHash() = %s, the default model as written hashes to %s", got, want)
	}
}
