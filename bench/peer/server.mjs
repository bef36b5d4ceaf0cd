// The benchmark peer: @neo4j/graphql 7 on Apollo Server 5 (standalone), over the Neo4j that
// talkgraph's loader filled. It reads the database and never writes to it: no mutations are
// generated, and assertIndexesAndConstraints is never called (the loader owns the schema:
// constraints, and the full-text index `search` that @fulltext points at).
//
// Environment:
//   NEO4J_URI        bolt://127.0.0.1:7687 by default
//   NEO4J_USER       with NEO4J_PASSWORD: basic auth; unset: no auth (the local Neo4j has auth off)
//   NEO4J_PASSWORD
//   NEO4J_DATABASE   the server's default database when unset
//   PORT             4000 by default; the API is at http://127.0.0.1:PORT/
//
// Once it listens it prints one line: "peer: ready on http://127.0.0.1:PORT/".

import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER || "";
const password = process.env.NEO4J_PASSWORD || "";
const database = process.env.NEO4J_DATABASE || undefined;
const port = Number.parseInt(process.env.PORT || "4000", 10);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`peer: PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

// No credentials: auth.none() is what a server with dbms.security.auth_enabled=false expects
// (basic auth with an empty password would be rejected by a server that has auth on, and is
// pointless on one that has it off).
const auth = user ? neo4j.auth.basic(user, password) : neo4j.auth.none();
const driver = neo4j.driver(uri, auth, { userAgent: "talkgraph-bench-peer" });

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver,
  features: {
    // Leave out the deprecated v6-style inputs (name_EQ, companies_SOME, ...): v7 keeps them
    // only for migration, and a production schema would not carry them.
    excludeDeprecatedFields: {
      mutationOperations: true,
      aggregationFilters: true,
      aggregationFiltersOutsideConnection: true,
      relationshipFilters: true,
      attributeFilters: true,
    },
  },
});

async function main() {
  // Fail early, with a clear message, when Neo4j does not answer (read-only check).
  await driver.getServerInfo(database ? { database } : undefined);
  const schema = await neoSchema.getSchema();

  const server = new ApolloServer({
    schema,
    introspection: true, // kept: benchmark harnesses and GraphQL clients introspect
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // handled below, so that the driver closes too
    plugins: [
      ApolloServerPluginLandingPageDisabled(), // no Sandbox page at GET /
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(), // no cache hints; nothing caches results
    ],
  });

  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port },
    // A fresh context per request: the library opens its own session and transaction on the
    // shared driver, on the configured database.
    context: async () => ({ sessionConfig: database ? { database } : {} }),
  });
  const shown = url.replace("localhost", "127.0.0.1");
  console.log(`peer: ready on ${shown}`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`peer: ${signal}, stopping`);
    try {
      await server.stop();
    } finally {
      await driver.close();
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(async (err) => {
  console.error(`peer: ${err && err.message ? err.message : err}`);
  await driver.close().catch(() => {});
  process.exit(1);
});
