package ner_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/kg-project/kg/extract/ner"
)

func TestDefaultHash(t *testing.T) {
	model, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var written bytes.Buffer
	if _, err := model.WriteTo(&written); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(written.Bytes())
	if got, want := ner.DefaultHash(), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("DefaultHash() = %s, the default model as written hashes to %s", got, want)
	}
}
