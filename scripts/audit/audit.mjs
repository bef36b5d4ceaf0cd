#!/usr/bin/env node
// Runs every graphql-http server audit (the GraphQL over HTTP spec's checks) against a running
// GraphQL endpoint and prints one line per audit:
//
//   node audit.mjs http://127.0.0.1:8080/graphql
//
// Exit status: 0 when every audit passes (MUST, SHOULD and MAY), 1 when any fails or could not
// run at all (server unreachable, timeout), 2 on bad usage.
import { serverAudits } from 'graphql-http';

const REQUEST_TIMEOUT_MS = 10_000;
const BODY_EXCERPT = 300;

function usage(msg) {
  if (msg) console.error(`audit: ${msg}`);
  console.error('usage: node audit.mjs URL   (e.g. http://127.0.0.1:8080/graphql)');
  process.exit(2);
}

// describe summarises a failing audit's response: status, content type and the start of the
// body, when it can still be read.
async function describe(res) {
  if (!res) return '';
  let body = '';
  try {
    body = (await res.clone().text()).replace(/\s+/g, ' ').trim();
  } catch {
    // the audit already consumed the body; status and headers are enough
  }
  if (body.length > BODY_EXCERPT) body = `${body.slice(0, BODY_EXCERPT)}...`;
  const type = res.headers.get('content-type') ?? 'no content-type';
  return ` [HTTP ${res.status}, ${type}${body ? `: ${body}` : ''}]`;
}

async function main() {
  const [, , url, ...extra] = process.argv;
  if (!url || extra.length > 0) usage(url ? 'one URL only' : 'no URL given');
  try {
    new URL(url);
  } catch {
    usage(`not a URL: ${url}`);
  }

  const fetchFn = (input, init = {}) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const audits = serverAudits({ url, fetchFn });

  const failed = { MUST: 0, SHOULD: 0, MAY: 0 };
  let ok = 0;
  let fatal = 0;
  console.log(`graphql-http server audits against ${url}`);
  // One at a time, in the library's order, so that the output is stable and readable.
  for (const { id, name, fn } of audits) {
    const level = name.split(' ', 1)[0];
    const text = name.slice(level.length + 1);
    let result;
    try {
      result = await fn();
    } catch (err) {
      // graphql-http rethrows anything that is not an assertion failure: the audit could not run.
      fatal++;
      console.log(`ERROR ${id} ${level.padEnd(6)} ${text}: could not run: ${err?.cause?.message ?? err?.message ?? err}`);
      continue;
    }
    if (result.status === 'ok') {
      ok++;
      console.log(`ok    ${id} ${level.padEnd(6)} ${text}`);
    } else {
      failed[level] = (failed[level] ?? 0) + 1;
      console.log(`FAIL  ${id} ${level.padEnd(6)} ${text}: ${result.reason}${await describe(result.response)}`);
    }
  }

  const total = audits.length;
  console.log(
    `audit summary: ${total} audits, ${ok} ok; failed: MUST ${failed.MUST}, SHOULD ${failed.SHOULD}, ` +
      `MAY ${failed.MAY}${fatal ? `; ${fatal} could not run` : ''}`,
  );
  if (ok !== total) {
    console.log(`audit: FAILED (${total - ok} of ${total} audits failed or could not run; all must pass)`);
    process.exitCode = 1;
  } else {
    console.log(`audit: all ${total} audits pass`);
  }
}

await main();
