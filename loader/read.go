package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/talkgraph/talkgraph/loader/document"
)

// ErrNotRegular means a path names something other than a regular file (a device, a named
// pipe, a socket, a folder), possibly through a symbolic link: the loader never reads those.
var ErrNotRegular = errors.New("not a regular file")

// readFile reads a post file defensively: symbolic links are resolved, only a regular file is
// read, and its size is checked before any byte is read, so that a link to /dev/zero, a named
// pipe or a sparse file of gigabytes is refused at once and costs no memory. The file is
// opened without blocking (a pipe swapped in after the check cannot hang the loader) and read
// through a limit (a file that grows after the check cannot take more than the limit).
func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(info); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(info); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, document.MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > document.MaxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", document.ErrTooLarge, document.MaxSize)
	}
	return data, nil
}

// checkRegular refuses what is not a regular file of at most document.MaxSize bytes.
func checkRegular(info fs.FileInfo) error {
	m := info.Mode()
	if !m.IsRegular() {
		return fmt.Errorf("%w (%s); skipped", ErrNotRegular, kind(m))
	}
	if info.Size() > document.MaxSize {
		return fmt.Errorf("%w: %d bytes, limit %d", document.ErrTooLarge, info.Size(), document.MaxSize)
	}
	return nil
}

// kind names a file mode's type for messages.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}
