package corpus

// SetMaxDocumentBytes lowers the size limit for a test and returns a
// function that restores it.
func SetMaxDocumentBytes(limit int) (restore func()) {
	previous := maxDocumentBytes
	maxDocumentBytes = limit
	return func() { maxDocumentBytes = previous }
}
