package serve

import (
	"os"
	"path/filepath"
	"strings"
)

// AddressFile is the file in the store directory where kg serve writes
// the address it answers on, so that a command refused the store can say
// where to ask instead. It is removed on shutdown.
const AddressFile = "kg-serve.address"

// WriteAddress records in dir that the server answers on url, returning
// the function that removes the record.
func WriteAddress(dir, url string) (remove func(), err error) {
	path := filepath.Join(dir, AddressFile)
	if err := os.WriteFile(path, []byte(url+"\n"), 0o644); err != nil {
		return nil, err
	}
	return func() { os.Remove(path) }, nil
}

// ReadAddress returns the address a server of the store in dir recorded;
// ok is false when there is none.
func ReadAddress(dir string) (url string, ok bool) {
	data, err := os.ReadFile(filepath.Join(dir, AddressFile))
	if err != nil {
		return "", false
	}
	url = strings.TrimSpace(string(data))
	return url, url != ""
}
