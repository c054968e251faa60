package serve

import (
	"fmt"
	"strings"
	"testing"
)

// TestAnswerCache: an answer is served at the generation it was kept
// under only; a later generation empties the cache and an earlier one
// is not kept; the keys and bodies kept stay within the budget, the
// latest answer among them.
func TestAnswerCache(t *testing.T) {
	c := newAnswerCache(100)
	c.put(1, "a", []byte("first"))
	if body, found := c.get(1, "a"); !found || string(body) != "first" {
		t.Fatalf("get(1, a) = %q, %v", body, found)
	}
	if _, found := c.get(2, "a"); found {
		t.Error("an answer of generation 1 served at generation 2")
	}
	c.put(2, "b", []byte("second"))
	if _, found := c.get(1, "a"); found {
		t.Error("generation 1 still served once generation 2 was kept")
	}
	c.put(1, "c", []byte("late"))
	if _, found := c.get(2, "c"); found {
		t.Error("an answer read at generation 1 kept under generation 2")
	}
	c.put(2, "large", []byte(strings.Repeat("x", 100)))
	if _, found := c.get(2, "large"); found {
		t.Error("an answer larger than the budget kept")
	}
	for i := range 10 {
		key := fmt.Sprint("k", i)
		c.put(2, key, []byte(strings.Repeat("y", 28)))
		if _, found := c.get(2, key); !found {
			t.Errorf("%s not kept", key)
		}
		if c.size > c.budget {
			t.Errorf("after %s: %d bytes in %d answers, over the budget of %d", key, c.size, len(c.bodies), c.budget)
		}
	}
	c.put(2, "k9", []byte("z"))
	if body, _ := c.get(2, "k9"); string(body) != "z" || c.size > c.budget {
		t.Errorf("k9 put again: %q, %d bytes", body, c.size)
	}
}
