// The embedded store's tables. Text is stored once (documents.text, deflated); excerpts are offsets
// into it and the full-text index is contentless and keeps no positions (searches are words and
// prefixes, never phrases), so the file stays close to the size of the corpus.
export const SCHEMA_VERSION = '3';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
	key INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	file TEXT NOT NULL,
	path TEXT NOT NULL,
	title TEXT NOT NULL,
	date TEXT,
	day TEXT,
	author TEXT,
	source TEXT,
	length INTEGER NOT NULL,
	mention_count INTEGER NOT NULL,
	hash TEXT NOT NULL,
	text BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_day ON documents (day);
CREATE INDEX IF NOT EXISTS documents_title ON documents (title COLLATE NOCASE);
-- a word search lists its matches by title and id (sql/document-queries.ts): with many matches its page
-- is read along this index, the first titles probed, not every match looked up and sorted
CREATE INDEX IF NOT EXISTS documents_title_id ON documents (title, id);
-- a document's day by its key without reading its row (and text): the places' first and last days and
-- the per-topic counts a write computes again read it for every document of the places it touched
CREATE INDEX IF NOT EXISTS documents_key_day ON documents (key, day);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (title, text, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS places (
	key INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	country TEXT,
	country_name TEXT,
	-- added after schema 3 (ALTER TABLE for older files: sqlite/index.ts)
	admin1_name TEXT,
	lat REAL NOT NULL,
	lon REAL NOT NULL,
	geoname_id INTEGER,
	geometry TEXT,
	search TEXT NOT NULL,
	document_count INTEGER NOT NULL DEFAULT 0,
	mention_count INTEGER NOT NULL DEFAULT 0,
	first_day TEXT,
	last_day TEXT
);
CREATE TABLE IF NOT EXISTS document_places (
	doc INTEGER NOT NULL,
	place INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	excerpts TEXT NOT NULL,
	PRIMARY KEY (doc, place)
) WITHOUT ROWID;
-- with the mentions: refreshing the per-topic counts of a document's places reads the index alone
-- (at 50,000 documents 0.33–0.59 s instead of 1–1.4 s); it replaces the (place, doc) index of older files
DROP INDEX IF EXISTS document_places_place;
CREATE INDEX IF NOT EXISTS document_places_place_mentions ON document_places (place, doc, mentions);
-- a document's places and mentions without its excerpts (the rows' bulk): a date range's per-place
-- counts and the probes "does this document name a place" read it for every document of the range
CREATE INDEX IF NOT EXISTS document_places_doc_mentions ON document_places (doc, place, mentions);
CREATE TABLE IF NOT EXISTS mentions (
	doc INTEGER NOT NULL,
	start INTEGER NOT NULL,
	end INTEGER NOT NULL,
	place INTEGER NOT NULL,
	usage TEXT NOT NULL,
	score REAL NOT NULL,
	PRIMARY KEY (doc, start, end)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS document_topics (
	topic TEXT NOT NULL,
	doc INTEGER NOT NULL,
	position INTEGER NOT NULL,
	-- the match without its topic: {"terms": [...], "weight": 0.4}
	terms TEXT NOT NULL,
	PRIMARY KEY (topic, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_topics_doc ON document_topics (doc);
CREATE TABLE IF NOT EXISTS topics (id TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (position INTEGER PRIMARY KEY, correction TEXT NOT NULL, changed INTEGER NOT NULL);
-- ingest's state per corpus file (server/ingest/file-state.ts): a later run reads only changed files
CREATE TABLE IF NOT EXISTS ingest_files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, entry TEXT NOT NULL) WITHOUT ROWID;
-- the stamps alone (the key rides along): an incremental run reads every file's without its record
CREATE INDEX IF NOT EXISTS ingest_file_stamps ON ingest_files (size, mtime);
CREATE INDEX IF NOT EXISTS documents_file ON documents (file);
`;
