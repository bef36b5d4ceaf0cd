// Checks of GraphQL answers for smoke.sh (no jq needed):
//
//   node check.mjs ok NAME PEER.json                 the peer answered NAME with data, no errors
//   node check.mjs titles TALKGRAPH.json PEER.json   the multi-city talks agree, in order
//   node check.mjs compare NAME TALKGRAPH.json PEER.json
//                                                    prints how the two answers to NAME compare
//                                                    (informational: always exits 0)
//
// "ok" and "titles" exit 1 with a reason when the check fails.

import { readFileSync } from "node:fs";

const [cmd, ...args] = process.argv.slice(2);

function read(file) {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch {
    fail(`${file} is not JSON: ${text.slice(0, 300)}`);
  }
}

function fail(msg) {
  console.error(`check: ${msg}`);
  process.exit(1);
}

function noErrors(answer, what) {
  if (answer.errors?.length) fail(`${what}: errors: ${JSON.stringify(answer.errors).slice(0, 600)}`);
  if (!answer.data) fail(`${what}: no data`);
}

// The peer's answers, reshaped into talkgraph's, for comparison.
const peerAs = {
  multiCity: (d) => d.talksInSeveralCities,
  talksPage: (d) => d.talksConnection.edges.map((e) => e.node),
  personProfile: (d) => d.people[0] ?? null,
  search: (d) => [
    ...d.searchTalks.edges.map((e) => ({ id: e.node.id, title: e.node.title })),
    ...d.searchPeople.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
  ],
};
const talkgraphAs = {
  multiCity: (d) => d.talksInSeveralCities,
  talksPage: (d) => d.talks.edges.map((e) => e.node),
  personProfile: (d) => d.person,
  // Company, City and Event hits select no fields and come back as {}.
  search: (d) => d.search.filter((h) => Object.keys(h).length > 0),
};

// What each peer answer must hold for the smoke test to pass.
const nonEmpty = {
  multiCity: (d) => d.talksInSeveralCities.length > 0 && d.talksInSeveralCities.every((t) => t.cities.length >= 2),
  talksPage: (d) => d.talksConnection.edges.length > 0 && d.talksConnection.edges.some((e) => e.node.events.length > 0),
  personProfile: (d) => d.people.length === 1 && d.people[0].talks.length > 0,
  search: (d) => d.searchTalks.edges.length + d.searchPeople.edges.length > 0,
};

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

switch (cmd) {
  case "ok": {
    const [name, file] = args;
    if (!nonEmpty[name]) fail(`unknown query ${name}`);
    const answer = read(file);
    noErrors(answer, `peer ${name}`);
    let ok = false;
    try {
      ok = nonEmpty[name](answer.data);
    } catch (err) {
      fail(`peer ${name}: unexpected shape (${err.message}): ${JSON.stringify(answer.data).slice(0, 300)}`);
    }
    if (!ok) fail(`peer ${name}: empty answer: ${JSON.stringify(answer.data).slice(0, 300)}`);
    const bytes = JSON.stringify(answer.data).length;
    console.log(`ok    ${name.padEnd(14)} data without errors (${bytes} bytes)`);
    break;
  }
  case "titles": {
    const [tgFile, peerFile] = args;
    const tg = read(tgFile);
    const peer = read(peerFile);
    noErrors(tg, "talkgraph talksInSeveralCities");
    noErrors(peer, "peer talksInSeveralCities");
    const a = tg.data.talksInSeveralCities.map((t) => t.displayTitle);
    const b = peer.data.talksInSeveralCities.map((t) => t.displayTitle);
    if (!same(a, b)) fail(`multi-city talks differ:\n  talkgraph: ${JSON.stringify(a)}\n  peer:      ${JSON.stringify(b)}`);
    console.log(`same  multi-city displayTitles as talkgraph (${a.length} talks, same order)`);
    break;
  }
  case "compare": {
    const [name, tgFile, peerFile] = args;
    const tg = read(tgFile);
    const peer = read(peerFile);
    if (tg.errors?.length || !tg.data) {
      console.log(`info  ${name.padEnd(14)} talkgraph answered with errors: ${JSON.stringify(tg.errors ?? null).slice(0, 200)}`);
      break;
    }
    const a = talkgraphAs[name](tg.data);
    const b = peerAs[name](peer.data);
    if (same(a, b)) {
      console.log(`info  ${name.padEnd(14)} same answer as talkgraph`);
    } else if (name === "search" && same(sortById(a), sortById(b))) {
      console.log(`info  ${name.padEnd(14)} same hits as talkgraph, in another order`);
    } else {
      console.log(`info  ${name.padEnd(14)} differs from talkgraph:\n        talkgraph: ${JSON.stringify(a).slice(0, 400)}\n        peer:      ${JSON.stringify(b).slice(0, 400)}`);
    }
    break;
  }
  default:
    fail("usage: node check.mjs ok NAME PEER.json | titles TALKGRAPH.json PEER.json | compare NAME TALKGRAPH.json PEER.json");
}

function sortById(list) {
  return [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
