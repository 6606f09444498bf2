// For benches on a store another checkout wrote (a kept 200,000-document store): records this checkout's
// settings fingerprint in it, so its incremental runs build on it instead of ingesting the corpus whole.
// The fingerprint stamps the ingest code's files (paths and modification times), not their output: use
// it only where the code that wrote the store gives the same rows. `adopt-store.ts CORPUS OUT`.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { prepareIngest, GENERATOR, MAX_TOPONYMS_PER_DOCUMENT } from '../../src/lib/server/ingest/ingest-setup.ts';
import { settingsFingerprint, STATE_SETTINGS } from '../../src/lib/server/ingest/incremental.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/lib/server/ingest/read-corpus.ts';
import { reusableTaxonomy, DISCOVERED_TAXONOMY_FILE } from '../../src/lib/server/ingest/taxonomy-choice.ts';
import { readFileSync } from 'node:fs';

const [corpusDir, outDir] = process.argv.slice(2);
const setup = await prepareIngest({ corpusDir: corpusDir!, outDir: outDir! });
const chosen = setup.given ?? reusableTaxonomy(readFileSync(join(outDir!, DISCOVERED_TAXONOMY_FILE), 'utf8'));
const settings = await settingsFingerprint({ generator: GENERATOR, corpusName: setup.corpusName, taxonomyRaw: chosen!.raw, correctionsRaw: setup.correctionsRaw, maxToponyms: MAX_TOPONYMS_PER_DOCUMENT, maxFileBytes: DEFAULT_MAX_FILE_BYTES });
const db = new Database(join(outDir!, 'gazette.sqlite'));
db.prepare(`UPDATE meta SET value = ? WHERE key = ?`).run(settings, `state:${STATE_SETTINGS}`);
db.close();
console.log(`adopted: ${STATE_SETTINGS} = ${settings}`);
