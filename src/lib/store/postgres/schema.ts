// The shared store's tables: the embedded store's schema on PostgreSQL 15, with words in a tsvector
// (GIN index) instead of FTS5, place shapes in PostGIS, and the ingest queue (work claimed with
// FOR UPDATE SKIP LOCKED, leases that expire) plus the geoparse results every worker shares.
import { MARK_PLACE_MONTHS_KEPT, PLACE_MONTHS_KEPT, PLACE_MONTHS_TABLE, refreshPlaceMonths } from '../sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces, TOPIC_DOCUMENTS_TABLE, TOPIC_PLACES_TABLE } from '../sql/topic-places.ts';
import { JOB_PREFIX } from './queue.ts';
import { STAGE_TABLES } from './stage.ts';

export const PG_SCHEMA_VERSION = '2';

/** The statistics target of document_words' columns (PostgreSQL's default: 100): see the schema's note. */
export const WORDS_STATISTICS = 30;

export const PG_SCHEMA = `
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
	key SERIAL PRIMARY KEY,
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
	text TEXT NOT NULL,
	-- the document's row of document_words
	words_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_day ON documents (day);
-- an incremental run asks whether a new document's output name is taken
CREATE INDEX IF NOT EXISTS documents_file ON documents (file);
CREATE INDEX IF NOT EXISTS documents_title ON documents (lower(title));
-- the folded words of documents' titles and texts (folded by gazette, as the search's words are), keyed
-- by what they are made from: ingest workers index them while they stage their chunks (in parallel), so
-- the run's one move-in transaction only points its documents at them
CREATE TABLE IF NOT EXISTS document_words (key TEXT PRIMARY KEY, words TSVECTOR NOT NULL);
-- (CREATE INDEX IF NOT EXISTS would wait for the workers staging words: it locks the table before it looks)
DO $$ BEGIN
	IF to_regclass('document_words_words') IS NULL THEN
		CREATE INDEX document_words_words ON document_words USING GIN (words);
	END IF;
END $$;
-- a store from before document_words: its documents' words move there (the staged rows of a run in progress go)
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'documents' AND column_name = 'words') THEN
		ALTER TABLE documents ADD COLUMN words_key TEXT;
		UPDATE documents SET words_key = 'migrated:' || md5(words::text);
		INSERT INTO document_words (key, words) SELECT DISTINCT ON (words_key) words_key, words FROM documents ON CONFLICT (key) DO NOTHING;
		ALTER TABLE documents DROP COLUMN words, ALTER COLUMN words_key SET NOT NULL;
		IF to_regclass('stage_documents') IS NOT NULL THEN
			DROP TABLE stage_documents;
			DELETE FROM stage_chunks;
		END IF;
	END IF;
END $$;
CREATE INDEX IF NOT EXISTS documents_words_key ON documents (words_key);
CREATE TABLE IF NOT EXISTS places (
	key SERIAL PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	country TEXT,
	country_name TEXT,
	lat DOUBLE PRECISION NOT NULL,
	lon DOUBLE PRECISION NOT NULL,
	geoname_id INTEGER,
	-- the GeoJSON as ingest validated it (lines and polygons), and the same shape (or point) in PostGIS
	geometry TEXT,
	geom geometry(Geometry, 4326) NOT NULL,
	search TEXT NOT NULL,
	document_count INTEGER NOT NULL DEFAULT 0,
	mention_count INTEGER NOT NULL DEFAULT 0,
	first_day TEXT,
	last_day TEXT
);
CREATE INDEX IF NOT EXISTS places_geom ON places USING GIST (geom);
-- added after schema 2: the first-level division of a place (older databases gain it here; looked for
-- first: ALTER TABLE … IF NOT EXISTS locks the table against every reader before it looks)
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'places'::regclass AND attname = 'admin1_name' AND NOT attisdropped) THEN
		ALTER TABLE places ADD COLUMN admin1_name TEXT;
	END IF;
END $$;
CREATE TABLE IF NOT EXISTS document_places (
	doc INTEGER NOT NULL,
	place INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	excerpts TEXT NOT NULL,
	PRIMARY KEY (doc, place)
);
-- a place's documents and their mentions from the index alone (index-only scans), as the embedded store's
DROP INDEX IF EXISTS document_places_place;
CREATE INDEX IF NOT EXISTS document_places_place_mentions ON document_places (place, doc, mentions);
CREATE TABLE IF NOT EXISTS mentions (
	doc INTEGER NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	place INTEGER NOT NULL,
	usage TEXT NOT NULL,
	score DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (doc, start, "end")
);
CREATE TABLE IF NOT EXISTS document_topics (
	topic TEXT NOT NULL,
	doc INTEGER NOT NULL,
	position INTEGER NOT NULL,
	terms TEXT NOT NULL,
	PRIMARY KEY (topic, doc)
);
CREATE INDEX IF NOT EXISTS document_topics_doc ON document_topics (doc);
CREATE TABLE IF NOT EXISTS topics (id TEXT PRIMARY KEY, label TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (position INTEGER PRIMARY KEY, correction TEXT NOT NULL, changed INTEGER NOT NULL);
-- geoparse results by text hash (compact toponyms as JSON), shared by every ingest worker
CREATE TABLE IF NOT EXISTS geoparsed (hash TEXT PRIMARY KEY, toponyms TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS gazetteer_places (id TEXT PRIMARY KEY, record TEXT NOT NULL);
-- added after schema 2: what a worker that loaded no gazetteer needs of it (country names, attribution), per geoparser
CREATE TABLE IF NOT EXISTS gazetteer_facts (version TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (version, key));
-- texts waiting to be geoparsed, by key only (each worker of a run has read the texts it claims); a
-- claim holds until its lease ends (a killed worker's claims return)
CREATE TABLE IF NOT EXISTS work (
	hash TEXT PRIMARY KEY,
	-- no longer filled (NULL): a worker from before that claims a row fails instead of geoparsing nothing
	text TEXT,
	claimed_by TEXT,
	lease_until TIMESTAMPTZ
);
-- a run's rows before its one transaction moves them in (stage.ts): written a chunk at a time by
-- any worker, read by no query; unlogged (a crash empties them, and the run stages again)
CREATE UNLOGGED TABLE IF NOT EXISTS stage_chunks (key TEXT PRIMARY KEY, done BOOLEAN NOT NULL DEFAULT false, created TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE UNLOGGED TABLE IF NOT EXISTS stage_documents (
	chunk TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, file TEXT NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL,
	date TEXT, author TEXT, source TEXT, length INTEGER NOT NULL, mention_count INTEGER NOT NULL, hash TEXT NOT NULL,
	text TEXT NOT NULL, words_key TEXT NOT NULL
);
CREATE UNLOGGED TABLE IF NOT EXISTS stage_mentions (chunk TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, place TEXT NOT NULL, usage TEXT NOT NULL, score DOUBLE PRECISION NOT NULL);
CREATE UNLOGGED TABLE IF NOT EXISTS stage_document_places (chunk TEXT NOT NULL, doc TEXT NOT NULL, place TEXT NOT NULL, mentions INTEGER NOT NULL, excerpts TEXT NOT NULL);
CREATE UNLOGGED TABLE IF NOT EXISTS stage_document_topics (chunk TEXT NOT NULL, topic TEXT NOT NULL, doc TEXT NOT NULL, position INTEGER NOT NULL, terms TEXT NOT NULL);
-- a chunk's places (the first document and position naming each), files' records and invalid places
CREATE UNLOGGED TABLE IF NOT EXISTS stage_places (chunk TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, position INTEGER NOT NULL, record TEXT NOT NULL);
CREATE UNLOGGED TABLE IF NOT EXISTS stage_files (chunk TEXT NOT NULL, path TEXT NOT NULL, size DOUBLE PRECISION NOT NULL, mtime DOUBLE PRECISION NOT NULL, entry TEXT NOT NULL);
CREATE UNLOGGED TABLE IF NOT EXISTS stage_invalid (chunk TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, problem TEXT NOT NULL, documents INTEGER NOT NULL, mentions INTEGER NOT NULL);
-- a first ingest's counts grouped from its staged rows by a worker waiting for the move-in (run-counts.ts), under the run's first chunk
CREATE UNLOGGED TABLE IF NOT EXISTS stage_counts (chunk TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, place TEXT NOT NULL, documents INTEGER NOT NULL, mentions INTEGER NOT NULL, first TEXT, last TEXT);
-- the texts a run stages (and queued, before), the geoparse and jobs' results (topic discovery's input is megabytes)
-- and the documents' words are compressed with lz4 where the server has it: a third of pglz's CPU on the
-- database server (which every worker's staging shares); they reach the documents as they are
-- (set once: an ALTER TABLE would wait for the other workers' transactions on these tables)
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attcompression <> 'l' AND (attrelid, attname) IN (('work'::regclass, 'text'), ('stage_documents'::regclass, 'text'), ('geoparsed'::regclass, 'toponyms'), ('document_words'::regclass, 'words'))) THEN
		ALTER TABLE stage_documents ALTER COLUMN text SET COMPRESSION lz4;
		ALTER TABLE work ALTER COLUMN text SET COMPRESSION lz4;
		ALTER TABLE geoparsed ALTER COLUMN toponyms SET COMPRESSION lz4;
		ALTER TABLE document_words ALTER COLUMN words SET COMPRESSION lz4;
	END IF;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
END $$;
-- the staging is no autovacuum's: its rows live for one run and go by TRUNCATE, and vacuuming or analysing
-- them while the run grows them is server CPU that, with several workers, the workers need (set once, as above)
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_class WHERE oid = ANY(ARRAY[${STAGE_TABLES.map((t) => `'${t}'::regclass`).join(', ')}]) AND NOT coalesce(reloptions, '{}') @> '{autovacuum_enabled=false}') THEN
${STAGE_TABLES.map((t) => `\t\tALTER TABLE ${t} SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);`).join('\n')}
	END IF;
END $$;
-- document_words' statistics from a sample of 300 × ${WORDS_STATISTICS} rows, not the default 30,000: autovacuum
-- analyses it about once a minute while a run indexes its words, and each analysis read and counted the
-- lexemes of 30,000 tsvectors (1.8-2.3 s of server CPU at 50,000 documents; 0.4-0.5 s at this target), which,
-- with several workers, the workers need; the document searches' plans stay as they were (set once, as above)
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'document_words'::regclass AND attname IN ('key', 'words') AND attstattarget <> ${WORDS_STATISTICS}) THEN
		ALTER TABLE document_words ALTER COLUMN key SET STATISTICS ${WORDS_STATISTICS}, ALTER COLUMN words SET STATISTICS ${WORDS_STATISTICS};
	END IF;
END $$;
-- ingest's record per corpus file (as the embedded store's): a later run reads only the files that changed
CREATE TABLE IF NOT EXISTS ingest_files (path TEXT PRIMARY KEY, size DOUBLE PRECISION NOT NULL, mtime DOUBLE PRECISION NOT NULL, entry TEXT NOT NULL);
-- added after schema 2: a job that waits for another job (its key; looked for first, as admin1_name)
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'work'::regclass AND attname = 'after_key' AND NOT attisdropped) THEN
		ALTER TABLE work ADD COLUMN after_key TEXT;
	END IF;
END $$;
-- the queue's jobs (a few dozen among a run's thousands of texts): a job's claim looks for the jobs it
-- waits for among these alone, not along every text queued (11 ms a claim at 2,000 texts, growing with the run).
-- (The primary key serves a LIKE prefix under the C collation only; this index, under any.)
DO $$ BEGIN
	IF to_regclass('work_jobs') IS NULL THEN
		CREATE INDEX work_jobs ON work (hash text_pattern_ops) WHERE hash LIKE '${JOB_PREFIX}%';
	END IF;
END $$;
-- (the jobs' results' index on geoparsed, a large table, is built outside this transaction: online-indexes.ts)
-- the queue no longer carries texts (set once: an ALTER TABLE would wait for the other workers' transactions)
DO $$ BEGIN
	IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'work'::regclass AND attname = 'text' AND attnotnull) THEN
		ALTER TABLE work ALTER COLUMN text DROP NOT NULL;
	END IF;
END $$;
-- per-topic place counts (sql/topic-places.ts): a database from before them gets them from its rows
DO $$ BEGIN
	IF to_regclass('topic_places') IS NULL THEN
		${TOPIC_PLACES_TABLE};
		${refreshTopicPlaces(null)[1]};
	END IF;
	IF to_regclass('topic_documents') IS NULL THEN
		${TOPIC_DOCUMENTS_TABLE};
		${refreshTopicDocuments(null)[1]};
	END IF;
	-- …and per place and month (sql/place-months.ts), also made again when a gazette from before them wrote since
	IF to_regclass('place_months') IS NULL THEN
		${PLACE_MONTHS_TABLE};
		${refreshPlaceMonths(null)[1]};
	ELSIF (${PLACE_MONTHS_KEPT}) = 0 THEN
		${refreshPlaceMonths(null).join(';\n\t\t')};
	END IF;
	${MARK_PLACE_MONTHS_KEPT};
END $$;
-- last, in the same statement text (one transaction): a meta table without it is not gazette's
INSERT INTO meta (key, value) VALUES ('schema', '${PG_SCHEMA_VERSION}') ON CONFLICT DO NOTHING;
`;
