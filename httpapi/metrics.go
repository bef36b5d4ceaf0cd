package httpapi

import (
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the service's Prometheus metrics: GraphQL operations (count, latency, errors,
// Cypher queries per operation) and Cypher queries (latency by store operation, errors).
type Metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.HistogramVec
	opErrors   *prometheus.CounterVec
	opQueries  *prometheus.HistogramVec
	cypher     *prometheus.HistogramVec
	cypherErrs *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

// maxOperationNames bounds the label values operation names can take: clients choose the
// names, so past this many distinct ones the rest are counted as "other".
const maxOperationNames = 200

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// NewMetrics returns the metrics, registered in a registry of their own with the Go runtime
// and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "talkgraph_graphql_operation_duration_seconds",
			Help:    "GraphQL operations by operation name: how long they took.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"operation"}),
		opErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talkgraph_graphql_operation_errors_total",
			Help: "GraphQL errors returned, by operation name.",
		}, []string{"operation"}),
		opQueries: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "talkgraph_graphql_operation_cypher_queries",
			Help:    "Cypher queries one GraphQL operation ran.",
			Buckets: []float64{0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32},
		}, []string{"operation"}),
		cypher: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "talkgraph_cypher_query_duration_seconds",
			Help:    "Cypher queries by store operation: how long they took.",
			Buckets: prometheus.ExponentialBuckets(0.0002, 2, 16),
		}, []string{"query"}),
		cypherErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "talkgraph_cypher_query_errors_total",
			Help: "Cypher queries that failed, by store operation.",
		}, []string{"query"}),
		names: map[string]bool{},
	}
	m.registry.MustRegister(m.operations, m.opErrors, m.opQueries, m.cypher, m.cypherErrs,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// label returns the label value for a client's operation name.
func (m *Metrics) label(op string) string {
	if !operationName.MatchString(op) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[op] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[op] = true
	}
	return op
}

// Operation records a finished GraphQL operation.
func (m *Metrics) Operation(op string, d time.Duration, queries int64, errs int) {
	l := m.label(op)
	m.operations.WithLabelValues(l).Observe(d.Seconds())
	m.opQueries.WithLabelValues(l).Observe(float64(queries))
	if errs > 0 {
		m.opErrors.WithLabelValues(l).Add(float64(errs))
	}
}

// Cypher records a finished Cypher query by its operation name (op); the store calls it for
// every query. The Cypher text is not a label: there are too many.
func (m *Metrics) Cypher(op, _ string, d time.Duration, err error) {
	m.cypher.WithLabelValues(op).Observe(d.Seconds())
	if err != nil {
		m.cypherErrs.WithLabelValues(op).Inc()
	}
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
