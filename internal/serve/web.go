package serve

import (
	"bytes"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// webFiles are the explorer's files, built into the binary: no URL
// reaches the file system.
//
//go:embed web
var webFiles embed.FS

// contentSecurityPolicy lets the explorer's page load its own scripts,
// styles and data only, and be framed by no other site.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// started dates the embedded files for caches: they change only with
// the binary.
var started = time.Now()

// webRoot is the directory of the explorer's files.
var webRoot = func() fs.FS {
	root, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return root
}()

// web serves the embedded explorer: / is its page, any other path one
// of its files; a path naming none is 404.
func (s *Server) web(w http.ResponseWriter, r *http.Request) error {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	data, err := readAsset(webRoot, name)
	if err != nil {
		return notFound("no such page: %s", r.URL.Path)
	}
	header := w.Header()
	header.Set("Content-Security-Policy", contentSecurityPolicy)
	header.Set("X-Content-Type-Options", "nosniff")
	header.Set("Referrer-Policy", "no-referrer")
	if kind := mime.TypeByExtension(path.Ext(name)); kind != "" {
		header.Set("Content-Type", kind)
	}
	http.ServeContent(w, r, name, started, bytes.NewReader(data))
	return nil
}

// readAsset reads the file name of root; a directory, or a name that is
// not a clean relative path, is not one.
func readAsset(root fs.FS, name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, fs.ErrNotExist
	}
	info, err := fs.Stat(root, name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(root, name)
}
