// Command gen writes the givennames package's embedded data file,
// names.txt.gz, from the dictionary of first names nam_dict.txt shipped in
// the gender-guesser wheel published on PyPI.
//
// Usage, from loader/extract/givennames (or through go generate):
//
//	go run ./internal/gen [-wheel gender_guesser-0.4.0-py2.py3-none-any.whl] [-o names.txt.gz]
//
// Without -wheel it uses $GENDER_GUESSER_WHEEL, and failing that runs
// "pip download gender-guesser==0.4.0 --no-deps" into a temporary directory.
// The wheel's SHA-256 must match the pinned one, so the output is the same
// on every machine; pass -sha256 to accept a different wheel on purpose.
//
// nam_dict.txt (© 2007-2008 Jörg Michael) is under the GNU Free
// Documentation License 1.2 or later, and so is names.txt.gz, which is a
// modified version of it: the generator copies the copyright and licence
// notice into the output's header, says what was changed, and appends the
// licence text (GFDL-1.2.txt beside the package).
//
// How it reads the dictionary: the wheel's copy declares "char set = utf-8"
// (the 2008 original was ISO-8859-1 with "<special>" codes for other
// letters; gender-guesser converted it), so the generator checks that
// declaration and that every line is valid UTF-8 without '<' codes, and
// refuses the file otherwise rather than guess. Lines end in CRLF. A name
// line is a gender code in columns 1-2 ("M", "1M", "?M", "F", "1F", "?F",
// "?"), the name in columns 4-29 and a sort mark in column 30; lines with '+'
// in column 30 repeat a name with umlauts sorted as expanded and are skipped,
// as the file's header advises. "=" lines pair a short name with a long one;
// both are names. A '+' inside a name ("Abdel+Aziz") stands for '-', ' ' or
// nothing, which the folded key (internal/fold) treats alike.
//
// What it writes: every folded name of at least two letters, plus the names
// of extra.txt (given names common among speakers that the 2008 data lacks),
// sorted, each marked when it is also a common English word or a technology
// name: a word of the gazetteer's common.txt outside its section of given
// names (the frequent words, months and days, technology and venue words),
// or of words.txt.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/loader/extract/givennames/internal/fold"
)

const (
	pkg       = "gender-guesser==0.4.0"
	wheelName = "gender_guesser-0.4.0-py2.py3-none-any.whl"
	wheelSHA  = "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222"
	dictPath  = "gender_guesser/data/nam_dict.txt"

	// commonGivenNames starts the header of common.txt's section of given
	// names, the one section whose entries are names, not words.
	commonGivenNames = "# Common given names"
	// minLetters is the shortest folded name kept.
	minLetters = 2
)

// wordsTxt lists common English words and technology names that are also
// given names and that the gazetteer's common.txt lacks ("will", "grant",
// "hope", "cassandra").
//
//go:embed words.txt
var wordsTxt string

// extraTxt lists given names that the 2008 data lacks.
//
//go:embed extra.txt
var extraTxt string

// codes are the gender codes of a name line.
var codes = map[string]bool{"M": true, "1M": true, "?M": true, "F": true, "1F": true, "?F": true, "?": true}

func main() {
	wheel := flag.String("wheel", os.Getenv("GENDER_GUESSER_WHEEL"), "path to "+wheelName+" (default: $GENDER_GUESSER_WHEEL, else pip download)")
	sum := flag.String("sha256", wheelSHA, "expected SHA-256 of the wheel")
	common := flag.String("common", "../gazetteer/common.txt", "the gazetteer's list of common words")
	license := flag.String("license", "GFDL-1.2.txt", "the text of the GNU Free Documentation License 1.2")
	out := flag.String("o", "names.txt.gz", "output file")
	flag.Parse()
	if err := run(*wheel, *sum, *common, *license, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(wheel, sum, commonPath, licensePath, out string) error {
	if wheel == "" {
		dir, err := os.MkdirTemp("", "gender-guesser")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("pip", "download", pkg, "--no-deps", "--only-binary=:all:", "-d", dir)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("pip download %s: %w (pass -wheel to use a local copy)", pkg, err)
		}
		wheel = filepath.Join(dir, wheelName)
	}
	dict, err := readDict(wheel, sum)
	if err != nil {
		return err
	}
	names, err := parseDict(bytes.NewReader(dict))
	if err != nil {
		return fmt.Errorf("%s: %w", dictPath, err)
	}
	fromData := len(names)
	extra, err := parseList(extraTxt)
	if err != nil {
		return fmt.Errorf("extra.txt: %w", err)
	}
	added := 0
	for _, n := range extra {
		if !names[n] {
			names[n] = true
			added++
		}
	}

	commonTxt, err := os.ReadFile(commonPath)
	if err != nil {
		return err
	}
	words, err := commonWords(string(commonTxt))
	if err != nil {
		return fmt.Errorf("%s: %w", commonPath, err)
	}
	more, err := parseList(wordsTxt)
	if err != nil {
		return fmt.Errorf("words.txt: %w", err)
	}
	for _, w := range more {
		words[w] = true
	}
	license, err := os.ReadFile(licensePath)
	if err != nil {
		return err
	}

	var buf bytes.Buffer
	buf.WriteString(header(fromData, added))
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	slices.Sort(keys)
	weak := 0
	for _, n := range keys {
		buf.WriteString(n)
		if words[n] {
			buf.WriteString("\tw")
			weak++
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("#\n# The GNU Free Documentation License, version 1.2, follows.\n#\n")
	for line := range strings.Lines(string(license)) {
		buf.WriteString(strings.TrimRight("# "+strings.TrimRight(line, "\r\n"), " "))
		buf.WriteByte('\n')
	}

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	// No name or modification time in the header: the output depends only
	// on the inputs.
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %s: %d names (%d from %s, %d from extra.txt), %d also common words, %d bytes (%d uncompressed)\n",
		out, len(keys), fromData, dictPath, added, weak, gz.Len(), buf.Len())
	return nil
}

// header returns the comment lines that open names.txt.gz: the copyright and
// licence notice of nam_dict.txt, which the licence requires a modified
// version to keep, what was changed, and the format.
func header(fromData, added int) string {
	return fmt.Sprintf(`# talkgraph given names, generated by internal/gen from nam_dict.txt of the
# %s wheel (PyPI). Regenerate with: go generate ./loader/extract/givennames
#
# nam_dict.txt: List of first names and gender.
# Copyright (c) 2007-2008: Jörg MICHAEL, Adalbert-Stifter-Str. 11, 30655 Hannover, Germany
#
# This file is subject to the GNU Free Documentation License.
# Permission is granted to copy, distribute and/or modify this document under
# the terms of the GNU Free Documentation License, Version 1.2 or any later
# version published by the Free Software Foundation; with no Invariant
# Sections, no Front-Cover Texts, and no Back-Cover Texts. A copy of the
# license is included at the end of this file.
#
# This file is distributed in the hope that it will be useful, but WITHOUT
# ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or
# FITNESS FOR A PARTICULAR PURPOSE.
#
# Modified by the talkgraph project (loader/extract/givennames/internal/gen),
# and released under the same license: genders and per-country frequencies
# removed; names folded (lower case, accents removed, special letters spelled
# in ASCII, spaces, hyphens and apostrophes dropped), deduplicated and sorted;
# names shorter than two letters dropped; %d names added from extra.txt;
# names that are also common English words or technology names marked. %d
# names come from the dictionary.
#
# Format: one folded name per line; a name followed by a tab and "w" is also
# a common English word or a technology name.
`, pkg, added, fromData)
}

// readDict returns nam_dict.txt from the wheel at path, after checking the
// wheel's SHA-256 against sum.
func readDict(path, sum string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if h := sha256.Sum256(raw); hex.EncodeToString(h[:]) != sum {
		return nil, fmt.Errorf("%s: sha256 %x, want %s", path, h, sum)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f, err := zr.Open(dictPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	return io.ReadAll(f)
}

// parseDict reads nam_dict.txt and returns its folded names of at least
// minLetters letters (see the package comment for the format).
func parseDict(r io.Reader) (map[string]bool, error) {
	names := map[string]bool{}
	utf8Declared := false
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("line %d: not UTF-8", n)
		}
		if strings.HasPrefix(line, "#") {
			// Header lines end in a '$' in column 87, like the name lines.
			if strings.Join(strings.Fields(strings.TrimSuffix(strings.TrimSpace(line), "$")), " ") == "# char set = utf-8" {
				utf8Declared = true
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !utf8Declared {
			return nil, fmt.Errorf("line %d: names before the header's \"char set = utf-8\"", n)
		}
		runes := []rune(line)
		if len(runes) < 30 {
			return nil, fmt.Errorf("line %d: %q is too short for a name line", n, line)
		}
		if runes[29] == '+' {
			continue // a repeat sorted with expanded umlauts
		}
		code := strings.TrimSpace(string(runes[:3]))
		var fields []string
		switch {
		case code == "=":
			fields = strings.Fields(string(runes[3:29]))
			if len(fields) != 2 {
				return nil, fmt.Errorf("line %d: %q: want a short and a long name", n, line)
			}
		case codes[code]:
			fields = []string{strings.TrimSpace(string(runes[3:29]))}
		default:
			return nil, fmt.Errorf("line %d: unknown gender code %q", n, code)
		}
		for _, name := range fields {
			if strings.ContainsRune(name, '<') {
				return nil, fmt.Errorf("line %d: name %q has an escape code", n, name)
			}
			key := fold.String(name)
			if key == "" {
				return nil, fmt.Errorf("line %d: %q is not a name", n, name)
			}
			if fold.Letters(key) >= minLetters {
				names[key] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, errors.New("no names")
	}
	return names, nil
}

// commonWords returns the words of the gazetteer's common.txt, leaving out
// its section of given names. A section is a run of lines that starts with a
// block of comment lines; it is an error if the given names' section is not
// found, so that a change to common.txt's layout is noticed.
func commonWords(txt string) (map[string]bool, error) {
	words := map[string]bool{}
	inNames, found, inComment := false, false, false
	for line := range strings.Lines(txt) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "#") {
			if !inComment {
				inNames = strings.HasPrefix(line, commonGivenNames)
				found = found || inNames
			}
			inComment = true
			continue
		}
		inComment = false
		line, _, _ = strings.Cut(line, "#")
		if line == "" || inNames {
			continue
		}
		if w := fold.String(line); w != "" {
			words[w] = true
		}
	}
	if !found {
		return nil, fmt.Errorf("no section starting %q", commonGivenNames)
	}
	return words, nil
}

// parseList returns the folded entries of a list with one entry per line
// and "#" comments; every entry must be a name.
func parseList(txt string) ([]string, error) {
	var out []string
	for line := range strings.Lines(txt) {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		key := fold.String(line)
		if fold.Letters(key) < minLetters {
			return nil, fmt.Errorf("%q is not a name of at least %d letters", line, minLetters)
		}
		out = append(out, key)
	}
	return out, nil
}
