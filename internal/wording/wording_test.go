package wording_test

import (
	"testing"

	"github.com/kg-project/kg/internal/wording"
)

func TestCount(t *testing.T) {
	for _, test := range []struct {
		n    int
		want string
	}{{0, "0 entities"}, {1, "1 entity"}, {2, "2 entities"}, {-1, "-1 entities"}, {1000, "1000 entities"}} {
		if got := wording.Count(test.n, "entity", "entities"); got != test.want {
			t.Errorf("Count(%d) = %q, want %q", test.n, got, test.want)
		}
	}
}
