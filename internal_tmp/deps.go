// Package deps pins the project's dependencies until the packages that use them land.
package deps

import (
	_ "github.com/99designs/gqlgen/graphql/handler"
	_ "github.com/BurntSushi/toml"
	_ "github.com/agnivade/levenshtein"
	_ "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/cors"
	_ "github.com/vikstrous/dataloadgen"
	_ "github.com/yuin/goldmark"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/net/html"
	_ "golang.org/x/text/unicode/norm"
)
