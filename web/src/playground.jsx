// The GraphiQL playground served at / by talkgraph itself: no asset comes from elsewhere at
// run time. Schema docs, autocompletion and history are GraphiQL's own; the tabs open on
// example queries.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const endpoint = document.body.dataset.endpoint || '/graphql';

async function fetcher(params, opts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...(opts && opts.headers) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const examples = [
  {
    query: `# Talks given in several cities, with their speakers and cities.
# Press the run button (or Ctrl-Enter) to run it; the Docs button shows the whole schema.
query MultiCityTalks {
  talksInSeveralCities(minCities: 2) {
    id
    displayTitle
    speakers { name }
    cities { name }
  }
}
`,
  },
  {
    query: `# A speaker, their companies, and the evidence behind each talk.
query Person {
  person(id: "mara-ellison") {
    name
    companies { name }
    coSpeakers { name }
    talks {
      title
      cities { name }
      sources { post { title url } sentence confidence }
    }
  }
}
`,
  },
  {
    query: `# Search tolerates small typos.
query Search {
  search(text: "kubernets") {
    __typename
    ... on Talk { id displayTitle }
    ... on Person { id name }
    ... on Company { id name }
    ... on Event { id name date }
    ... on City { id name }
  }
}
`,
  },
];

function Logo() {
  return (
    <a href="/dashboard" style={{ textDecoration: 'none', color: 'inherit' }} title="Open the dashboard">
      talkgraph <span style={{ fontSize: '0.6em', fontWeight: 'normal' }}>→ dashboard</span>
    </a>
  );
}

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={examples} defaultEditorToolsVisibility={false} isHeadersEditorEnabled={true}>
    <GraphiQL.Logo><Logo /></GraphiQL.Logo>
  </GraphiQL>,
);
