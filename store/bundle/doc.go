// Package bundle reads and writes graph bundles: a kg store's key/value
// records in sharded, sorted files, which a pipeline running anywhere
// (kg-beam build) writes and kg load turns into a store.
//
// # Format
//
// A bundle is a directory of shard files whose names end in ".kgb"; other
// files are ignored. Each shard is
//
//	magic     the 12 bytes "kg-bundle 1\n"
//	records   each a uvarint key length (1 or more), the key, a uvarint
//	          value length, the value; keys strictly ascending in bytes
//	end       a 0 byte (a key of length 0), the number of records as a
//	          uvarint, then the CRC-32 (Castagnoli) of every byte of the
//	          shard before it, 4 bytes big-endian
//
// and nothing after. Shards may hold any ranges of keys: a Reader merges
// them into one ascending stream, and a key in two shards is an error.
// The records are those of a kg store (see package store: the key space
// of keys.go and the values of codec.go), its data-version record
// included; the bundle format says nothing of them, and store.Load checks
// them.
//
// # Errors
//
// A shard that breaks the format is refused with a *FormatError naming
// the file and the byte where reading stopped. The checksum is checked
// when a shard's end is read, so a Reader may hand out records of a
// shard before it finds that shard corrupt: a load ends in an error and
// removes what it wrote.
package bundle
