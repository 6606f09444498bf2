// Ingest's writes to the embedded store: one transaction per run, and a changed, added or removed
// document touches only its own rows (and the counts of the places it mentions).
import type Database from 'better-sqlite3';
import type { RunRecord, StoreChange, StoredDocument, StoredPlace } from '../types.ts';
import { foldText } from '../text.ts';
import { MARK_PLACE_MONTHS_KEPT, refreshPlaceMonths } from '../sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces } from '../sql/topic-places.ts';
import { countDeltas } from './count-deltas.ts';
import { fileStampStatements } from './file-stamps.ts';
import { stampListOf } from '../file-stamp-list.ts';
import { DAY_INDEX, storedText } from './dialect.ts';

/** The statements both ingest's write and a correction's write use for mention and place rows. */
export function placeRowStatements(db: Database.Database) {
	return {
		insertDocPlace: db.prepare<[number, number, number, string]>('INSERT INTO document_places (doc, place, mentions, excerpts) VALUES (?, ?, ?, ?)'),
		insertMention: db.prepare<[number, number, number, number, string, number]>('INSERT OR REPLACE INTO mentions (doc, start, end, place, usage, score) VALUES (?, ?, ?, ?, ?, ?)'),
		upsertPlace: db.prepare(
			`INSERT INTO places (id, name, kind, country, country_name, admin1_name, lat, lon, geoname_id, geometry, search)
			 VALUES (@id, @name, @kind, @country, @countryName, @admin1Name, @lat, @lon, @geonameId, @geometry, @search)
			 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
			 country_name = excluded.country_name, admin1_name = excluded.admin1_name, lat = excluded.lat, lon = excluded.lon, geoname_id = excluded.geoname_id,
			 geometry = excluded.geometry, search = excluded.search`
		),
		placeKey: db.prepare<[string], { key: number }>('SELECT key FROM places WHERE id = ?'),
		placeDays: db.prepare<[number, number]>(
			`UPDATE places SET (first_day, last_day) = (SELECT min(d.day), max(d.day) FROM document_places dp JOIN documents d ${DAY_INDEX} ON d.key = dp.doc WHERE dp.place = ?) WHERE key = ?`
		),
	};
}

/**
 * Every write, ingest's or a correction's, ends the same way: the corrections it applied, the manifest
 * and ingest state it leaves, and a new store version (which the read side's caches key on).
 */
export function runRecordWriter(db: Database.Database): (record: RunRecord) => void {
	const deleteCorrections = db.prepare('DELETE FROM corrections');
	const insertCorrection = db.prepare<[number, string, number]>('INSERT INTO corrections (position, correction, changed) VALUES (?, ?, ?)');
	const setMeta = db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
	const bumpVersion = db.prepare(`INSERT INTO meta (key, value) VALUES ('version', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`);
	const markPlaceMonths = db.prepare(MARK_PLACE_MONTHS_KEPT);
	return (record) => {
		deleteCorrections.run();
		record.corrections.forEach((c, i) => insertCorrection.run(i, c.correction, c.changed));
		setMeta.run('manifest', JSON.stringify(record.manifest));
		for (const [key, value] of Object.entries(record.state)) setMeta.run(`state:${key}`, value);
		bumpVersion.run();
		markPlaceMonths.run();
	};
}

export function createWriter(db: Database.Database) {
	const statements = {
		...placeRowStatements(db),
		docKey: db.prepare<[string], { key: number; day: string | null }>('SELECT key, day FROM documents WHERE id = ?'),
		docPlaces: db.prepare<[number], { place: number; mentions: number }>('SELECT place, mentions FROM document_places WHERE doc = ?'),
		uncount: db.prepare<[number, number]>('UPDATE places SET document_count = document_count - 1, mention_count = mention_count - ? WHERE key = ?'),
		count: db.prepare<[number, number]>('UPDATE places SET document_count = document_count + 1, mention_count = mention_count + ? WHERE key = ?'),
		deleteFts: db.prepare<[number]>('DELETE FROM documents_fts WHERE rowid = ?'),
		deleteDocPlaces: db.prepare<[number]>('DELETE FROM document_places WHERE doc = ?'),
		deleteMentions: db.prepare<[number]>('DELETE FROM mentions WHERE doc = ?'),
		deleteTopics: db.prepare<[number]>('DELETE FROM document_topics WHERE doc = ?'),
		deleteDoc: db.prepare<[number]>('DELETE FROM documents WHERE key = ?'),
		insertDoc: db.prepare(
			`INSERT INTO documents (id, file, path, title, date, day, author, source, length, mention_count, hash, text)
			 VALUES (@id, @file, @path, @title, @date, @day, @author, @source, @length, @mentionCount, @hash, @text)`
		),
		insertFts: db.prepare<[number, string, string]>('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
		insertTopic: db.prepare<[string, number, number, string]>('INSERT OR REPLACE INTO document_topics (topic, doc, position, terms) VALUES (?, ?, ?, ?)'),
		deleteOrphanPlaces: db.prepare('DELETE FROM places WHERE NOT EXISTS (SELECT 1 FROM document_places WHERE place = places.key)'),
		// only the places a write touched or wrote can have lost their last document
		deleteOrphanPlacesOf: db.prepare<[string]>('DELETE FROM places WHERE key IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM document_places WHERE place = places.key)'),
		docTopics: db.prepare<[number], { topic: string }>('SELECT topic FROM document_topics WHERE doc = ?'),
		countPlaces: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM places'),
		clearFiles: db.prepare('DELETE FROM ingest_files'),
		deleteFile: db.prepare<[string]>('DELETE FROM ingest_files WHERE path = ?'),
		putFile: db.prepare<[string, number, number, string]>('INSERT OR REPLACE INTO ingest_files (path, size, mtime, entry) VALUES (?, ?, ?, ?)'),
		recordRun: runRecordWriter(db)
	};

	// what the documents written and removed change in the places' days and the per-topic counts
	// (a write in parts leaves them to the last part, which computes them for every row)
	const deltas = countDeltas(db);
	let keepCounts = true;
	// the places a write wrote: one no document names any more is deleted with the touched ones
	const writtenPlaces = new Set<string>();

	function removeDocument(key: number, day: string | null): void {
		const docPlaces = statements.docPlaces.all(key);
		if (keepCounts) deltas.removed(day, statements.docTopics.all(key).map((t) => t.topic), docPlaces);
		for (const { place, mentions } of docPlaces) statements.uncount.run(mentions, place);
		statements.deleteFts.run(key);
		statements.deleteDocPlaces.run(key);
		statements.deleteMentions.run(key);
		statements.deleteTopics.run(key);
		statements.deleteDoc.run(key);
	}

	function writePlace(place: StoredPlace): void {
		statements.upsertPlace.run({
			...place,
			geometry: place.geometry ? JSON.stringify(place.geometry) : null,
			search: foldText(`${place.name}\u0000${place.countryName ?? ''}`)
		});
	}

	function writeDocument(document: StoredDocument, placeKeys: Map<string, number>): void {
		const existing = statements.docKey.get(document.summary.id);
		if (existing) removeDocument(existing.key, existing.day);
		const { summary } = document;
		const day = summary.date ? summary.date.slice(0, 10) : null;
		const key = Number(
			statements.insertDoc.run({
				id: summary.id,
				file: summary.file,
				path: summary.path,
				title: summary.title,
				date: summary.date,
				day,
				author: summary.author,
				source: summary.source,
				length: summary.length,
				mentionCount: summary.mentionCount,
				hash: document.hash,
				text: storedText(document.text)
			}).lastInsertRowid
		);
		statements.insertFts.run(key, summary.title, document.text);
		const keyOf = (id: string) => {
			let placeKey = placeKeys.get(id);
			if (placeKey === undefined) {
				placeKey = statements.placeKey.get(id)?.key;
				if (placeKey !== undefined) placeKeys.set(id, placeKey);
			}
			return placeKey;
		};
		const perPlace = new Map<number, number>();
		for (const mention of document.mentions) {
			const placeKey = keyOf(mention.placeId);
			// a place whose shape failed validation is not stored; its mentions go with it
			if (placeKey === undefined) continue;
			statements.insertMention.run(key, mention.start, mention.end, placeKey, mention.usage, mention.score);
			perPlace.set(placeKey, (perPlace.get(placeKey) ?? 0) + 1);
		}
		const excerpts = new Map(document.excerpts);
		const docPlaces: { place: number; mentions: number }[] = [];
		for (const placeId of summary.placeIds) {
			const placeKey = keyOf(placeId);
			const mentions = placeKey === undefined ? 0 : (perPlace.get(placeKey) ?? 0);
			if (placeKey === undefined || mentions === 0) continue;
			const refs = (excerpts.get(placeId) ?? []).map((e) => [e.offset, e.length, e.mentionStart, e.mentionEnd, e.topics]);
			statements.insertDocPlace.run(key, placeKey, mentions, JSON.stringify(refs));
			statements.count.run(mentions, placeKey);
			docPlaces.push({ place: placeKey, mentions });
		}
		// the match as ingest made it (terms, and a weight for discovered topics), without its topic id
		summary.topics.forEach(({ topic, ...match }, position) => statements.insertTopic.run(topic, key, position, JSON.stringify(match)));
		if (keepCounts) deltas.written(day, [...new Set(summary.topics.map((t) => t.topic))], docPlaces);
	}

	const stampList = fileStampStatements(db);
	const everyPlaceDays = db.prepare(
		`UPDATE places SET (first_day, last_day) = (SELECT min(d.day), max(d.day) FROM document_places dp JOIN documents d ${DAY_INDEX} ON d.key = dp.doc WHERE dp.place = places.key)`
	);
	const everyTopicCount = [...refreshTopicPlaces(null, DAY_INDEX), ...refreshTopicDocuments(null), ...refreshPlaceMonths(null, DAY_INDEX)].map((sql) => db.prepare(sql));

	return db.transaction((change: StoreChange) => {
		// the kept stamps an incremental run read to compare its files (file-stamps.ts): its write patches
		// the rows of the paths it changed
		const before = !change.files || change.files.replace || change.inParts ? null : stampList.read();
		deltas.clear();
		writtenPlaces.clear();
		keepCounts = change.inParts === undefined;
		for (const id of change.remove) {
			const existing = statements.docKey.get(id);
			if (existing) removeDocument(existing.key, existing.day);
		}
		const placeKeys = new Map<string, number>();
		for (const place of change.places) {
			writePlace(place);
			writtenPlaces.add(place.id);
		}
		for (const document of change.upsert) writeDocument(document, placeKeys);
		if (change.files) {
			const files = change.files;
			stampList.keeping(() => {
				if (files.replace) statements.clearFiles.run();
				for (const path of files.remove) statements.deleteFile.run(path);
				for (const file of files.put) statements.putFile.run(file.path, file.size, file.mtimeMs, file.entry);
			});
			// a part of a first ingest leaves them to the last one (made once, from every part's rows)
			if (change.inParts) stampList.clear();
			else if (before) stampList.patch(before, files.remove, files.put);
			else if (files.replace) stampList.write(stampListOf(files.put));
			else stampList.write(stampList.fromTable());
		}
		if (change.inParts === 'last') stampList.write(stampList.fromTable());
		if (change.inParts === 'part') return;
		if (change.inParts === 'last') {
			statements.deleteOrphanPlaces.run();
			// once for every row: refreshing the touched places after each part would read them again and again
			everyPlaceDays.run();
			for (const statement of everyTopicCount) statement.run();
		} else {
			const candidates = [...deltas.touched()];
			for (const id of writtenPlaces) {
				const placeKey = placeKeys.get(id) ?? statements.placeKey.get(id)?.key;
				if (placeKey !== undefined) candidates.push(placeKey);
			}
			deltas.finish();
			statements.deleteOrphanPlacesOf.run(JSON.stringify(candidates));
		}
		deltas.clear();
		writtenPlaces.clear();
		db.prepare('DELETE FROM topics').run();
		const insertTopic = db.prepare<[string, string, number]>('INSERT INTO topics (id, label, position) VALUES (?, ?, ?)');
		change.topics.forEach((topic, i) => insertTopic.run(topic.id, topic.label, i));
		const manifest = change.countPlaces ? { ...change.manifest, counts: { ...change.manifest.counts, places: statements.countPlaces.get()!.n } } : change.manifest;
		statements.recordRun({ ...change, manifest });
	});
}
