// Package attacks builds the abusive GraphQL queries the server must refuse cheaply. The
// in-process tests (graph) and the hostile client run against a real server (bench, make
// hostile) send the same ones.
package attacks

import (
	"fmt"
	"strings"
)

// FanOut is a query of n fragments each spreading the next twice: about 40 bytes a level,
// and 2^n fields once expanded.
func FanOut(n int) string {
	var b strings.Builder
	b.WriteString("{ stats { ...F0 } }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Stats { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Stats { talks }\n", n)
	return b.String()
}

// Aliased is a query of n aliases of field.
func Aliased(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d:%s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// Deep nests a talk's speakers and their talks n levels deep.
func Deep(n int) string {
	q := "id"
	for i := range n {
		if i%2 == 0 {
			q = "speakers { " + q + " }"
		} else {
			q = "talks { " + q + " }"
		}
	}
	return `{ talk(id: "x") { ` + q + ` } }`
}
