package serve

import _ "embed"

// openAPIDocument describes the API in OpenAPI 3; a test checks that it
// lists every route the server registers, and no other.
//
//go:embed openapi.json
var openAPIDocument []byte
