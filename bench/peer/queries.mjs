// The four benchmark queries, in talkgraph's dialect and in the peer's (@neo4j/graphql 7), with
// the variables each needs. A harness imports them:
//
//   import { queries, requestBody } from "./queries.mjs";
//   const body = requestBody("peer", "personProfile", { personId: "mara-ellison" });
//
// or asks for a request body on the command line (what smoke.sh does):
//
//   node queries.mjs names                            the query names, one a line
//   node queries.mjs body peer search --text profiling
//   node queries.mjs body talkgraph personProfile --person mara-ellison
//
// Parameters the harness fills: personId (query c) and searchText (query d).
//
// The peer's queries ask for the same order talkgraph returns (sort arguments on every list
// talkgraph orders), so that answers can be compared and both sides pay for the ordering.

import { pathToFileURL } from "node:url";

const talkSort = "[{ sortKey: ASC }, { id: ASC }]";
const personSort = "[{ sortKey: ASC }, { id: ASC }]";
const companySort = "[{ sortKey: ASC }, { id: ASC }]";
const eventSort = "[{ date: ASC }, { sortKey: ASC }, { id: ASC }]";

/** The query names, in benchmark order (a, b, c, d). */
export const names = ["multiCity", "talksPage", "personProfile", "search"];

export const queries = {
  // a. Talks given in several cities. Talk.cities is a @cypher field in the peer (DISTINCT
  // cities through PRESENTED_AT and IN, by name), as talkgraph's is; a plain traversal
  // `events { city { name } }` would repeat a city once per event held there.
  multiCity: {
    talkgraph: {
      query: `{ talksInSeveralCities(minCities: 2) { id title displayTitle cityCount cities { name } speakers { name companies { name } } } }`,
      variables: () => ({}),
    },
    peer: {
      query: `{ talksInSeveralCities(minCities: 2) { id title displayTitle cityCount cities { name } speakers(sort: ${personSort}) { name companies(sort: ${companySort}) { name } } } }`,
      variables: () => ({}),
    },
  },

  // b. A page of 50 talks, three levels deep. The peer's talksConnection is a Relay
  // connection too, but with offset cursors ("arrayconnection:N"), not keyset ones.
  talksPage: {
    talkgraph: {
      query: `{ talks(first: 50) { edges { cursor node { id title events { name date city { name } host { name } } } } } }`,
      variables: () => ({}),
    },
    peer: {
      query: `{ talksConnection(first: 50, sort: ${talkSort}) { edges { cursor node { id title events(sort: ${eventSort}) { name date city { name } host { name } } } } } }`,
      variables: () => ({}),
    },
  },

  // c. A person's profile with co-speakers. The peer has no single-object query: people()
  // with an id filter returns a list of at most one. talkgraph's Person.talks defaults to
  // first: 20, hence limit: 20.
  personProfile: {
    talkgraph: {
      query: `query($id: ID!) { person(id: $id) { name companies { name } talks { title events { name city { name } } speakers { name } } } }`,
      variables: ({ personId }) => ({ id: required(personId, "personId") }),
    },
    peer: {
      query: `query($id: ID!) { people(where: { id: { eq: $id } }, limit: 1) { name companies(sort: ${companySort}) { name } talks(limit: 20, sort: ${talkSort}) { title events(sort: ${eventSort}) { name city { name } } speakers(sort: ${personSort}) { name } } } }`,
      variables: ({ personId }) => ({ id: required(personId, "personId") }),
    },
  },

  // d. Full-text search over talks and people. talkgraph has one ranked list over five labels;
  // the peer's @fulltext gives one query per type over the same index `search` (filtered by
  // label), ten of each. talkgraph turns the text into a fuzzy Lucene query on the server; the
  // peer passes its phrase to Lucene as is, so the harness sends it the same Lucene query
  // (luceneQuery below) and both sides do the same index work.
  search: {
    talkgraph: {
      query: `query($text: String!) { search(text: $text, first: 10) { ... on Talk { id title } ... on Person { id name } } }`,
      variables: ({ searchText }) => ({ text: required(searchText, "searchText") }),
    },
    peer: {
      query: `query($phrase: String!) { searchTalks(phrase: $phrase, first: 10) { edges { score node { id title } } } searchPeople(phrase: $phrase, first: 10) { edges { score node { id name } } } }`,
      variables: ({ searchText }) => ({ phrase: luceneQuery(required(searchText, "searchText")) }),
    },
  },
};

/**
 * Extra peer queries, not part of the four: the same questions asked another way, to measure
 * what the choice costs.
 */
export const extras = {
  // b as a plain list: talks(limit, sort) instead of the connection, which collects every
  // Talk before it sorts (see README.md).
  talksPageList: {
    query: `{ talks(limit: 50, sort: ${talkSort}) { id title events(sort: ${eventSort}) { name date city { name } host { name } } } }`,
    variables: () => ({}),
  },
  // d as one ranked list over all five labels (a @cypher field returning a union), the shape
  // of talkgraph's search.
  searchAll: {
    query: `query($phrase: String!) { searchAll(phrase: $phrase, first: 10) { ... on Talk { id title } ... on Person { id name } } }`,
    variables: ({ searchText }) => ({ phrase: luceneQuery(required(searchText, "searchText")) }),
  },
};

/**
 * The Lucene query talkgraph's store builds from what a user typed (store.searchQueryText):
 * lower-cased words of letters and digits (at most 8), each required, matching exactly (boost
 * 2) or within 1 edit (4 to 7 characters) or 2 edits (8 or more). Keep in sync with it.
 */
export function luceneQuery(text) {
  const terms = [];
  for (const w of String(text).toLowerCase().split(/[^\p{L}\p{Nd}]+/u)) {
    if (w === "") continue;
    if (terms.length === 8) break;
    const n = [...w].length;
    const fuzz = n >= 8 ? "~2" : n >= 4 ? "~1" : "";
    terms.push(fuzz ? `(${w}^2 OR ${w}${fuzz})` : w);
  }
  if (terms.length === 0) throw new Error("search text has no words");
  return terms.join(" AND ");
}

/** The JSON request body for one query: side is "talkgraph" or "peer". */
export function requestBody(side, name, params = {}) {
  const q = queries[name]?.[side] ?? (side === "peer" ? extras[name] : undefined);
  if (!q) throw new Error(`no ${side} query named ${JSON.stringify(name)}`);
  return JSON.stringify({ query: q.query, variables: q.variables(params) });
}

function required(value, name) {
  if (value === undefined || value === null || value === "") throw new Error(`${name} is required`);
  return value;
}

// Command line: see the top of this file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [cmd, side, name, ...rest] = process.argv.slice(2);
  const params = {};
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === "--person") params.personId = rest[i + 1];
    else if (rest[i] === "--text") params.searchText = rest[i + 1];
    else {
      console.error(`queries: unknown option ${rest[i]}`);
      process.exit(2);
    }
  }
  try {
    if (cmd === "names") console.log(names.join("\n"));
    else if (cmd === "body") console.log(requestBody(side, name, params));
    else throw new Error("usage: node queries.mjs names | body talkgraph|peer NAME [--person ID] [--text TEXT]");
  } catch (err) {
    console.error(`queries: ${err.message}`);
    process.exit(2);
  }
}
