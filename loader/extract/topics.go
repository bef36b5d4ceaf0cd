package extract

import (
	"sort"
	"strings"
)

// technologies is the gazetteer of technologies talks are about. A technology is stored as a
// Topic of the talks that name it, and is never taken for a person or a company on its own.
var technologies = []string{
	"Kubernetes", "Docker", "Helm", "Istio", "Linkerd", "Envoy", "Prometheus", "Grafana", "Kafka",
	"Spark", "Hadoop", "Flink", "Beam", "Apache Beam", "ClickHouse", "PostgreSQL", "Postgres", "MySQL",
	"MongoDB", "Redis", "Cassandra", "Elasticsearch", "InfluxDB", "Neo4j", "GraphQL", "gRPC", "REST",
	"Go", "Golang", "Rust", "Java", "Kotlin", "Scala", "Python", "Ruby", "Elixir", "Erlang", "Haskell",
	"JavaScript", "TypeScript", "Node.js", "Deno", "C++", "C#", ".NET", "Swift", "PHP", "Elm", "Clojure",
	"WebAssembly", "React", "Angular", "Vue", "Svelte", "Knative", "Argo", "Argo CD", "Flux",
	"Spinnaker", "Jenkins", "Tekton", "Terraform", "Ansible", "Puppet", "Chef", "Vault", "Consul",
	"Nomad", "Traefik", "NGINX", "Calico", "Cilium", "Open Policy Agent", "OPA", "CoreDNS", "etcd",
	"containerd", "CRI-O", "gVisor", "OpenShift", "OpenStack", "Mesos", "Serverless",
	"Lambda", "AWS Lambda", "Artifactory", "Harbor", "OpenMetrics", "Jaeger",
	"OpenTelemetry", "Zipkin", "Linux", "Git", "GitOps", "CI/CD", "DevOps", "Machine Learning",
	"TensorFlow", "PyTorch", "WireGuard",
	"Hadoop", "Boost", "Operators", "Autoscaling", "Microservices", "Service Mesh", "eBPF",
	"Wasm", "Jenkins Pipeline", "CoreOS",
	"Android", "iOS", "Kotlin Multiplatform", "MCP", "LLM", "AI",
	"Django", "Flask", "Rails", "Ruby on Rails", "Laravel", "Symfony", "Drupal", "WordPress",
	"Spring Boot", "Perl", "Dart", "Flutter", "Next.js",
}

// techIndex maps folded technology names to their canonical spelling.
var techIndex = func() map[string]string {
	m := map[string]string{}
	for _, t := range technologies {
		m[strings.ToLower(t)] = t
	}
	return m
}()

// isTech reports whether s names a technology.
func isTech(s string) bool {
	return lookupLower(techIndex, strings.TrimSpace(s)) != ""
}

// topicsIn returns the technologies a text names, as whole words, sorted.
func topicsIn(text string) []string {
	found := map[string]bool{}
	toks := tokenize(text, nil, nil)
	for i := range toks {
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			phrase := text[toks[i].start:toks[i+n-1].end]
			if t, ok := techIndex[strings.ToLower(phrase)]; ok {
				// "Go" only counts as a topic when written with its capital.
				if t == "Go" && phrase != "Go" {
					continue
				}
				found[t] = true
				break
			}
		}
	}
	out := make([]string, 0, len(found))
	for t := range found {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// knownCompanies are organizations often named in tech posts: a span matching one is an
// organization, never a person. Organizations the post links to are recognized from the link.
var knownCompanies = union(set(`Google Microsoft Amazon AWS Apple Facebook Meta IBM Oracle Intel Cisco VMware
Docker GitHub GitLab Netflix Uber Twitter LinkedIn Samsung SAP Salesforce Adobe Atlassian
Cloudflare DigitalOcean Heroku Mozilla JetBrains HashiCorp Elastic Confluent Databricks Snowflake
Stripe Airbnb Alibaba Tencent Baidu Yahoo Dropbox Slack Zoom Twilio Okta Datadog PagerDuty
Canonical SUSE Bloomberg ThoughtWorks Accenture Deloitte Capgemini Infosys Wipro Ericsson Nokia
Siemens Bosch Philips Zalando Klarna Nvidia AMD Qualcomm Tesla Netlify Vercel
`), map[string]bool{"red hat": true, "google cloud": true, "deutsche telekom": true, "goldman sachs": true,
	"morgan stanley": true, "new relic": true, "capital one": true})
