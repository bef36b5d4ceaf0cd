package document

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	files := os.Getenv("DUMP")
	if files == "" {
		t.Skip()
	}
	for _, f := range strings.Fields(files) {
		data, _ := os.ReadFile(f)
		doc, err := Parse(f, data)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		b, _ := json.MarshalIndent(doc.Meta, "", " ")
		fmt.Printf("== %s %s\n%s\n", doc.Name, doc.Format, b)
		for i, bl := range doc.Blocks {
			fmt.Printf("%3d %-9s L%d S%d q=%v %q\n", i, bl.Kind, bl.Level, bl.Section, bl.Quoted, bl.Text)
			for _, l := range bl.Links {
				fmt.Printf("      link %q -> %s\n", bl.LinkText(l), l.Href)
			}
			for _, s := range bl.Spans {
				fmt.Printf("      span %v %q\n", s.Strong, bl.SpanText(s))
			}
		}
	}
}
