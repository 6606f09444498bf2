// A correction's write to the embedded store: only the mention and place rows that changed, the
// documents' hash and mention count, and the totals of the places whose rows changed. Their text,
// full-text index and topics stay as they are (a correction changes none of them), which is what keeps
// a corpus-wide correction of a common name fast.
import type Database from 'better-sqlite3';
import { checkExpectedState } from '../sql/corrections.ts';
import { refreshPlaceMonths } from '../sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces, topicsOfDocuments } from '../sql/topic-places.ts';
import { DAY_INDEX, SQLITE_DIALECT } from './dialect.ts';
import { placeRowStatements, runRecordWriter } from './write.ts';
import { foldText } from '../text.ts';
import type { DocumentRowsChange, MentionsChange, StoredPlace } from '../types.ts';

export function createMentionsWriter(db: Database.Database) {
	const statements = {
		...placeRowStatements(db),
		state: db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM meta WHERE key LIKE 'state:%'`),
		docKey: db.prepare<[string], { key: number }>('SELECT key FROM documents WHERE id = ?'),
		docPlace: db.prepare<[number, number], { mentions: number }>('SELECT mentions FROM document_places WHERE doc = ? AND place = ?'),
		uncount: db.prepare<[number, number]>('UPDATE places SET document_count = document_count - 1, mention_count = mention_count - ? WHERE key = ?'),
		count: db.prepare<[number, number]>('UPDATE places SET document_count = document_count + 1, mention_count = mention_count + ? WHERE key = ?'),
		deleteDocPlace: db.prepare<[number, number]>('DELETE FROM document_places WHERE doc = ? AND place = ?'),
		deleteMention: db.prepare<[number, number, number]>('DELETE FROM mentions WHERE doc = ? AND start = ? AND end = ?'),
		updateDoc: db.prepare<[number, string, number]>('UPDATE documents SET mention_count = ?, hash = ? WHERE key = ?'),
		deleteIfOrphan: db.prepare<[number, number]>('DELETE FROM places WHERE key = ? AND NOT EXISTS (SELECT 1 FROM document_places WHERE place = ?)'),
		topicPlaces: [...refreshTopicPlaces(SQLITE_DIALECT.inKeys, DAY_INDEX), ...refreshPlaceMonths(SQLITE_DIALECT.inKeys, DAY_INDEX)].map((sql) => db.prepare<[string]>(sql)),
		// a document that loses its last place (or gains its first) changes its topics' document counts
		topicDocuments: refreshTopicDocuments(topicsOfDocuments(SQLITE_DIALECT.inKeys)).map((sql) => db.prepare<[string]>(sql)),
		recordRun: runRecordWriter(db)
	};

	function writePlace(place: StoredPlace): void {
		statements.upsertPlace.run({ ...place, geometry: place.geometry ? JSON.stringify(place.geometry) : null, search: foldText(`${place.name}\u0000${place.countryName ?? ''}`) });
	}

	/** The document's changed rows; places whose documents changed (not only their counts) go in `dated`. */
	function writeRows(document: DocumentRowsChange, keyOf: (id: string) => number | undefined, dated: Set<number>): number {
		const doc = statements.docKey.get(document.id)?.key;
		if (doc === undefined) throw new Error(`document ${document.id} is not in the store`);
		for (const placeId of [...document.removePlaces, ...document.putPlaces.map((p) => p.placeId)]) {
			const place = keyOf(placeId);
			const old = place === undefined ? undefined : statements.docPlace.get(doc, place);
			if (place === undefined || !old) continue;
			statements.uncount.run(old.mentions, place);
			statements.deleteDocPlace.run(doc, place);
			dated.add(place);
		}
		for (const { placeId, mentions, excerpts } of document.putPlaces) {
			const place = keyOf(placeId);
			// a place whose shape failed validation is not stored; its mentions go with it (as ingest does)
			if (place === undefined) continue;
			statements.insertDocPlace.run(doc, place, mentions, excerpts);
			statements.count.run(mentions, place);
			dated.add(place);
		}
		for (const [start, end] of document.removeMentions) statements.deleteMention.run(doc, start, end);
		for (const mention of document.putMentions) {
			const place = keyOf(mention.placeId);
			statements.deleteMention.run(doc, mention.start, mention.end);
			if (place !== undefined) statements.insertMention.run(doc, mention.start, mention.end, place, mention.usage, mention.score);
		}
		statements.updateDoc.run(document.mentionCount, document.hash, doc);
		return doc;
	}

	return db.transaction((change: MentionsChange) => {
		const stored = Object.fromEntries(statements.state.all().map((r) => [r.key.slice('state:'.length), r.value]));
		checkExpectedState(stored, change.expected);
		for (const place of change.places) writePlace(place);
		const keys = new Map<string, number | undefined>();
		const keyOf = (id: string) => {
			if (!keys.has(id)) keys.set(id, statements.placeKey.get(id)?.key);
			return keys.get(id);
		};
		const touched = new Set<number>();
		const documents = change.documents.map((document) => writeRows(document, keyOf, touched));
		for (const place of touched) {
			statements.deleteIfOrphan.run(place, place);
			statements.placeDays.run(place, place);
		}
		if (touched.size > 0) for (const statement of statements.topicPlaces) statement.run(JSON.stringify([...touched]));
		if (documents.length > 0) for (const statement of statements.topicDocuments) statement.run(JSON.stringify(documents));
		statements.recordRun(change);
	});
}
