package bench

import (
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// Proxy forwards Bolt connections to Neo4j and counts the Cypher queries clients send (the
// Bolt RUN messages), so that the benchmark measures how many queries each system runs per
// request rather than taking its word for it.
type Proxy struct {
	ln     net.Listener
	target string
	runs   atomic.Int64
	wg     sync.WaitGroup
}

// NewProxy listens on a free local port and forwards to target (host:port).
func NewProxy(target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Addr is the proxy's address: point Bolt clients at bolt://Addr.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Runs is the number of Cypher queries forwarded so far.
func (p *Proxy) Runs() int64 { return p.runs.Load() }

// Close stops accepting connections.
func (p *Proxy) Close() error {
	err := p.ln.Close()
	p.wg.Wait()
	return err
}

func (p *Proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.handle(c)
	}
}

func (p *Proxy) handle(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	defer server.Close()
	go func() {
		io.Copy(client, server)
		client.Close()
	}()
	_ = p.countRuns(client, server)
}

// boltRun is the PackStream signature of the RUN message.
const boltRun = 0x10

// countRuns copies the client's side of a Bolt connection to the server, counting RUN
// messages: after the 20-byte handshake, messages are chunked (a 2-byte length, then data; a
// zero length ends a message), and a message's first chunk starts with its struct marker and
// signature byte.
func (p *Proxy) countRuns(client io.Reader, server io.Writer) error {
	hs := make([]byte, 20)
	if _, err := io.ReadFull(client, hs); err != nil {
		return err
	}
	if _, err := server.Write(hs); err != nil {
		return err
	}
	header := make([]byte, 2)
	buf := make([]byte, 64<<10)
	start := true
	for {
		if _, err := io.ReadFull(client, header); err != nil {
			return err
		}
		n := int(binary.BigEndian.Uint16(header))
		if _, err := server.Write(header); err != nil {
			return err
		}
		if n == 0 {
			start = true // end of a message (or a keep-alive)
			continue
		}
		if _, err := io.ReadFull(client, buf[:n]); err != nil {
			return err
		}
		if start && n >= 2 && buf[0]&0xF0 == 0xB0 && buf[1] == boltRun {
			p.runs.Add(1)
		}
		start = false
		if _, err := server.Write(buf[:n]); err != nil {
			if errors.Is(err, net.ErrClosed) {
				return nil
			}
			return err
		}
	}
}
