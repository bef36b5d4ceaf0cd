#!/usr/bin/env bash
# Benchmarks: Go benchmarks of the parser, gazetteer and extractor.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
go test -run XXX -bench . -benchmem ./loader/...
