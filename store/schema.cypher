// The talk graph's schema, applied by Store.EnsureSchema at every start of the loader and the
// server. Every statement is idempotent (IF NOT EXISTS). One statement per ';'.

// Node keys: stable application keys (slugs), never elementId.
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT talk_id IF NOT EXISTS FOR (n:Talk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
// Every talk, person, company, event, city and post is also an Entity: keys are unique across
// kinds, so node(id) finds any object by its key with one index lookup.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// The graph's version (store.GraphVersion): one node, bumped by every save that writes.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// Lookups the loader and the API make by something other than the key.
CREATE INDEX talk_title_key IF NOT EXISTS FOR (n:Talk) ON (n.titleKey);
// Links folded by linkKey: the same slides or recording link is evidence two posts name one talk.
CREATE INDEX talk_slides_key IF NOT EXISTS FOR (n:Talk) ON (n.slidesKey);
CREATE INDEX talk_recording_key IF NOT EXISTS FOR (n:Talk) ON (n.recordingKey);
CREATE INDEX talk_sort IF NOT EXISTS FOR (n:Talk) ON (n.sortKey);
CREATE INDEX person_sort IF NOT EXISTS FOR (n:Person) ON (n.sortKey);
CREATE INDEX company_sort IF NOT EXISTS FOR (n:Company) ON (n.sortKey);
CREATE INDEX city_sort IF NOT EXISTS FOR (n:City) ON (n.sortKey);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX post_published IF NOT EXISTS FOR (n:Post) ON (n.published);

// Provenance: every fact relationship names the post that states it, so that reloading a
// post can find and replace exactly the facts it supported.
CREATE INDEX gave_post IF NOT EXISTS FOR ()-[r:GAVE]-() ON (r.post);
CREATE INDEX presented_at_post IF NOT EXISTS FOR ()-[r:PRESENTED_AT]-() ON (r.post);
CREATE INDEX in_post IF NOT EXISTS FOR ()-[r:IN]-() ON (r.post);
CREATE INDEX hosted_post IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.post);
CREATE INDEX works_for_post IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.post);
CREATE INDEX about_post IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.post);

// Search over names and titles, tolerant of small typos (fuzzy queries).
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Talk|Person|Company|City|Event) ON EACH [n.title, n.name, n.aliasText, n.description];

// Counts kept on nodes by SavePost, so that lists can be filtered and ordered by them.
CREATE INDEX talk_city_count IF NOT EXISTS FOR (n:Talk) ON (n.cityCount);
CREATE INDEX person_city_count IF NOT EXISTS FOR (n:Person) ON (n.cityCount);
CREATE INDEX company_speaker_count IF NOT EXISTS FOR (n:Company) ON (n.speakerCount);

// When each post was last written: Stats.lastLoadedAt reads the latest through this index.
CREATE INDEX post_loaded_at IF NOT EXISTS FOR (n:Post) ON (n.loadedAt);
