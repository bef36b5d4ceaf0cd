package bench

import (
	"encoding/binary"
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

// NewProxy listens on listen (host:port; port 0 takes a free one) and forwards to target
// (host:port).
func NewProxy(listen, target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", listen)
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
	manifest := make(chan bool, 1)
	go func() {
		// The server's 4-byte handshake answer says whether the client negotiates further
		// (Bolt's handshake manifest, 0x000001FF) before its first message.
		// The answer and the server's manifest reach the client in one write: some drivers
		// expect the manifest in the same read as the answer.
		head := make([]byte, 4)
		if _, err := io.ReadFull(server, head); err == nil {
			isManifest := binary.BigEndian.Uint32(head) == 0x000001FF
			manifest <- isManifest
			if isManifest {
				head, err = readManifest(server, head)
			}
			if err == nil {
				if _, err := client.Write(head); err == nil {
					io.Copy(client, server)
				}
			}
		}
		close(manifest)
		client.Close()
	}()
	c := &runCounter{runs: &p.runs, manifest: manifest}
	buf := make([]byte, 32<<10)
	for {
		n, err := client.Read(buf)
		if n > 0 {
			if _, werr := server.Write(buf[:n]); werr != nil {
				return
			}
			c.feed(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

// boltRun is the PackStream signature of the RUN message.
const boltRun = 0x10

// runCounter follows the client's side of a Bolt connection without ever holding bytes back:
// the 20-byte handshake, the manifest negotiation if the server asked for it (a 4-byte version
// and a varint of capabilities), then chunked messages (a 2-byte length and data; a zero
// length ends a message). A message's first chunk starts with its struct marker (0xB_) and
// signature; RUN messages are counted.
type runCounter struct {
	runs     *atomic.Int64
	manifest chan bool

	state   int // 0 handshake, 1 manifest version, 2 manifest varint, 3 chunk header, 4 chunk data
	skip    int // bytes left to skip in states 0 and 1
	header  []byte
	left    int  // bytes left in the current chunk
	first   bool // the next chunk starts a message
	started bool // first bytes of the message seen
	lead    []byte
}

func (c *runCounter) feed(b []byte) {
	for len(b) > 0 {
		switch c.state {
		case 0:
			if c.skip == 0 {
				c.skip = 20
			}
			n := min(c.skip, len(b))
			c.skip -= n
			b = b[n:]
			if c.skip == 0 {
				if <-c.manifest {
					c.state, c.skip = 1, 4
				} else {
					c.state, c.first = 3, true
				}
			}
		case 1:
			n := min(c.skip, len(b))
			c.skip -= n
			b = b[n:]
			if c.skip == 0 {
				c.state = 2
			}
		case 2: // varint: bytes with the high bit set continue it
			more := b[0]&0x80 != 0
			b = b[1:]
			if !more {
				c.state, c.first = 3, true
			}
		case 3:
			c.header = append(c.header, b[0])
			b = b[1:]
			if len(c.header) == 2 {
				c.left = int(binary.BigEndian.Uint16(c.header))
				c.header = c.header[:0]
				if c.left == 0 {
					c.first = true // end of a message, or a keep-alive
				} else {
					c.state = 4
					c.lead = c.lead[:0]
				}
			}
		case 4:
			n := min(c.left, len(b))
			if c.first && len(c.lead) < 2 {
				c.lead = append(c.lead, b[:min(n, 2-len(c.lead))]...)
				if len(c.lead) == 2 {
					if c.lead[0]&0xF0 == 0xB0 && c.lead[1] == boltRun {
						c.runs.Add(1)
					}
					c.first = false
				}
			}
			c.left -= n
			b = b[n:]
			if c.left == 0 {
				c.state = 3
			}
		}
	}
}

// readManifest reads the server's handshake manifest (a varint count of versions, four bytes
// each, then a varint of capabilities) and appends it to head.
func readManifest(r io.Reader, head []byte) ([]byte, error) {
	one := make([]byte, 1)
	varint := func() (uint64, error) {
		var v uint64
		for shift := 0; ; shift += 7 {
			if _, err := io.ReadFull(r, one); err != nil {
				return 0, err
			}
			head = append(head, one[0])
			v |= uint64(one[0]&0x7F) << shift
			if one[0]&0x80 == 0 || shift > 56 {
				return v, nil
			}
		}
	}
	n, err := varint()
	if err != nil {
		return nil, err
	}
	if n > 64 {
		return nil, io.ErrUnexpectedEOF
	}
	versions := make([]byte, 4*n)
	if _, err := io.ReadFull(r, versions); err != nil {
		return nil, err
	}
	head = append(head, versions...)
	if _, err := varint(); err != nil {
		return nil, err
	}
	return head, nil
}
