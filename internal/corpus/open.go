package corpus

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// refusal says why a file of this mode is not read, or returns "". Only
// regular files and named pipes are: opening a device may act on it (a
// tape rewinds, a watchdog starts) and reading one may never end.
func refusal(mode fs.FileMode) string {
	switch {
	case mode.IsRegular(), mode&fs.ModeNamedPipe != 0:
		return ""
	case mode&fs.ModeDevice != 0:
		return reasonDevice
	case mode&fs.ModeSocket != 0:
		return reasonSocket
	}
	return reasonIrregular
}

// input is a file open for reading.
type input struct {
	*os.File
	pipe bool // a named pipe, not a regular file
	stop func() bool
	read func(bytes int) // told of every read
}

// open opens the regular file or named pipe at path without ever
// blocking: a named pipe opens at once even with no writer (it then reads
// as empty), and a read from it returns when the run is cancelled.
func (r *reader) open(path string) (*input, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if reason := refusal(info.Mode()); reason != "" {
		return nil, errors.New(reason)
	}
	file, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	opened, err := file.Stat()
	if err == nil && !os.SameFile(info, opened) {
		err = errors.New(reasonReplaced)
	}
	if err != nil {
		file.Close()
		return nil, err
	}
	in := &input{File: file, pipe: opened.Mode()&fs.ModeNamedPipe != 0, stop: func() bool { return false }, read: r.read}
	if in.pipe {
		// Reads from a pipe go through the runtime's poller, which a
		// deadline interrupts.
		in.stop = context.AfterFunc(r.ctx, func() { file.SetReadDeadline(time.Now()) })
	}
	return in, nil
}

func (in *input) Read(p []byte) (int, error) {
	n, err := in.File.Read(p)
	in.read(n)
	return n, err
}

func (in *input) Close() error {
	in.stop()
	return in.File.Close()
}

// interruptible returns a reader of in whose Read returns ctx.Err() once
// ctx is cancelled, even while in is still waiting for data, as standard
// input from a terminal or a pipe may. A regular file is returned as is.
func interruptible(ctx context.Context, in io.Reader) io.Reader {
	if file, ok := in.(*os.File); ok {
		if info, err := file.Stat(); err == nil && info.Mode().IsRegular() {
			return in
		}
	}
	return &contextReader{ctx: ctx, in: in, results: make(chan readResult, 1)}
}

// contextReader reads on a goroutine of its own, so that a read can be
// abandoned; after ctx is cancelled it is not read again.
type contextReader struct {
	ctx     context.Context
	in      io.Reader
	results chan readResult
	buffer  []byte // owned by the pending read, if any
	pending bool
}

type readResult struct {
	n   int
	err error
}

func (c *contextReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if !c.pending {
		if cap(c.buffer) < len(p) {
			c.buffer = make([]byte, len(p))
		}
		buffer := c.buffer[:len(p)]
		c.pending = true
		go func() {
			n, err := c.in.Read(buffer)
			c.results <- readResult{n, err}
		}()
	}
	select {
	case result := <-c.results:
		c.pending = false
		return copy(p, c.buffer[:result.n]), result.err
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	}
}
