// The counts a write of a few documents changes — the places' first and last days, the per-topic place
// counts (topic_places), the per-month ones (place_months) and the topics' documents naming a place
// (topic_documents) — kept by adding what
// the written documents add and taking out what the removed ones took, instead of grouping every
// document of the places they touch again: at 200,000 documents a changed file's places are named by
// tens of thousands of documents each, and that recount alone took seconds. A first or last day is
// grouped again, for its own place (and topic, or month), only when a removed document held it and no
// written one reaches as far.
import type Database from 'better-sqlite3';
import { monthOf } from '../sql/place-months.ts';
import { DAY_INDEX } from './dialect.ts';

type Day = string | null;

/** One place's (or one topic's place's) days as stored before the write, and what the write did to them. */
interface DaySpan {
	first: Day;
	last: Day;
	/** a removed document had the first (last) day */
	lostFirst: boolean;
	lostLast: boolean;
	/** the earliest and latest day of the documents written */
	addedFirst: Day;
	addedLast: Day;
}

interface TopicPlace extends DaySpan {
	documents: number;
	mentions: number;
}

const earlier = (a: Day, b: Day): Day => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: Day, b: Day): Day => (a === null ? b : b === null ? a : a > b ? a : b);

function take(span: DaySpan, day: Day): void {
	if (day === null) return;
	if (day === span.first) span.lostFirst = true;
	if (day === span.last) span.lostLast = true;
}

function add(span: DaySpan, day: Day): void {
	span.addedFirst = earlier(span.addedFirst, day);
	span.addedLast = later(span.addedLast, day);
}

/** The span's days after the write, or null when they must be grouped again from the rows. */
function daysAfter(span: DaySpan): { first: Day; last: Day } | null {
	// a lost first day stays right only if a written document has it or an earlier one
	if (span.lostFirst && !(span.addedFirst !== null && span.first !== null && span.addedFirst <= span.first)) return null;
	if (span.lostLast && !(span.addedLast !== null && span.last !== null && span.addedLast >= span.last)) return null;
	return { first: earlier(span.first, span.addedFirst), last: later(span.last, span.addedLast) };
}

type StoredCounts = { documents: number; mentions: number; first: Day; last: Day };

/**
 * The counts of one table keyed by a key (a topic, a month) and a place (topic_places, place_months): each
 * pair read from the table when a document first touches it, changed by every document, written back by flush.
 */
function keyedCounts(table: {
	read: (key: string, place: number) => StoredCounts | undefined;
	put: (key: string, place: number, counts: StoredCounts) => void;
	remove: (key: string, place: number) => void;
	/** the pair's first and last day grouped again from the rows */
	days: (key: string, place: number) => { first: Day; last: Day };
}) {
	const byKey = new Map<string, Map<number, TopicPlace>>();
	return {
		count(key: string, place: number, sign: 1 | -1, mentions: number, day: Day): void {
			let byPlace = byKey.get(key);
			if (!byPlace) byKey.set(key, (byPlace = new Map()));
			let entry = byPlace.get(place);
			if (!entry) {
				const stored = table.read(key, place) ?? { documents: 0, mentions: 0, first: null, last: null };
				byPlace.set(place, (entry = { ...stored, lostFirst: false, lostLast: false, addedFirst: null, addedLast: null }));
			}
			entry.documents += sign;
			entry.mentions += sign * mentions;
			(sign === 1 ? add : take)(entry, day);
		},
		flush(): void {
			for (const [key, byPlace] of byKey) {
				for (const [place, entry] of byPlace) {
					if (entry.documents <= 0) {
						table.remove(key, place);
						continue;
					}
					const days = daysAfter(entry) ?? table.days(key, place);
					table.put(key, place, { documents: entry.documents, mentions: entry.mentions, ...days });
				}
			}
		},
		clear(): void {
			byKey.clear();
		}
	};
}

export function countDeltas(db: Database.Database) {
	const statements = {
		placeSpan: db.prepare<[number], { first: Day; last: Day }>('SELECT first_day AS first, last_day AS last FROM places WHERE key = ?'),
		setPlaceDays: db.prepare<[Day, Day, number]>('UPDATE places SET first_day = ?, last_day = ? WHERE key = ?'),
		placeDays: db.prepare<[number, number]>(
			`UPDATE places SET (first_day, last_day) = (SELECT min(d.day), max(d.day) FROM document_places dp JOIN documents d ${DAY_INDEX} ON d.key = dp.doc WHERE dp.place = ?) WHERE key = ?`
		),
		pairRow: db.prepare<[string, number], { documents: number; mentions: number; first: Day; last: Day }>(
			'SELECT documents, mentions, first_day AS first, last_day AS last FROM topic_places WHERE topic = ? AND place = ?'
		),
		putPair: db.prepare<[string, number, number, number, Day, Day]>('INSERT OR REPLACE INTO topic_places (topic, place, documents, mentions, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?)'),
		deletePair: db.prepare<[string, number]>('DELETE FROM topic_places WHERE topic = ? AND place = ?'),
		pairDays: db.prepare<[number, string], { first: Day; last: Day }>(
			`SELECT min(d.day) AS first, max(d.day) AS last FROM document_places dp JOIN document_topics t ON t.doc = dp.doc JOIN documents d ${DAY_INDEX} ON d.key = dp.doc WHERE dp.place = ? AND t.topic = ?`
		),
		monthRow: db.prepare<[string, number], { documents: number; mentions: number; first: Day; last: Day }>(
			'SELECT documents, mentions, first_day AS first, last_day AS last FROM place_months WHERE month = ? AND place = ?'
		),
		putMonth: db.prepare<[string, number, number, number, Day, Day]>('INSERT OR REPLACE INTO place_months (month, place, documents, mentions, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?)'),
		deleteMonth: db.prepare<[string, number]>('DELETE FROM place_months WHERE month = ? AND place = ?'),
		monthDays: db.prepare<[number, string], { first: Day; last: Day }>(
			`SELECT min(d.day) AS first, max(d.day) AS last FROM document_places dp JOIN documents d ${DAY_INDEX} ON d.key = dp.doc WHERE dp.place = ? AND substr(d.day, 1, 7) = ?`
		),
		topicDocuments: db.prepare<[string], { documents: number }>('SELECT documents FROM topic_documents WHERE topic = ?'),
		putTopicDocuments: db.prepare<[string, number]>('INSERT OR REPLACE INTO topic_documents (topic, documents) VALUES (?, ?)'),
		deleteTopicDocuments: db.prepare<[string]>('DELETE FROM topic_documents WHERE topic = ?')
	};
	const places = new Map<number, DaySpan>();
	const pairs = keyedCounts({
		read: (topic, place) => statements.pairRow.get(topic, place),
		put: (topic, place, c) => statements.putPair.run(topic, place, c.documents, c.mentions, c.first, c.last),
		remove: (topic, place) => statements.deletePair.run(topic, place),
		days: (topic, place) => statements.pairDays.get(place, topic)!
	});
	const months = keyedCounts({
		read: (month, place) => statements.monthRow.get(month, place),
		put: (month, place, c) => statements.putMonth.run(month, place, c.documents, c.mentions, c.first, c.last),
		remove: (month, place) => statements.deleteMonth.run(month, place),
		days: (month, place) => statements.monthDays.get(place, month)!
	});
	const topicDocuments = new Map<string, number>();

	const placeSpan = (place: number): DaySpan => {
		let span = places.get(place);
		if (!span) {
			const row = statements.placeSpan.get(place);
			places.set(place, (span = { first: row?.first ?? null, last: row?.last ?? null, lostFirst: false, lostLast: false, addedFirst: null, addedLast: null }));
		}
		return span;
	};
	/** `sign` 1: a written document; −1: a removed one (read before its rows go) */
	const apply = (sign: 1 | -1, day: Day, topics: readonly string[], docPlaces: readonly { place: number; mentions: number }[]): void => {
		const change = sign === 1 ? add : take;
		for (const { place, mentions } of docPlaces) {
			change(placeSpan(place), day);
			if (day !== null) months.count(monthOf(day), place, sign, mentions, day);
			for (const topic of topics) pairs.count(topic, place, sign, mentions, day);
		}
		// topic_documents counts a topic's documents that name a stored place
		if (docPlaces.length > 0) for (const topic of topics) topicDocuments.set(topic, (topicDocuments.get(topic) ?? 0) + sign);
	};

	return {
		removed: (day: Day, topics: readonly string[], docPlaces: readonly { place: number; mentions: number }[]) => apply(-1, day, topics, docPlaces),
		written: (day: Day, topics: readonly string[], docPlaces: readonly { place: number; mentions: number }[]) => apply(1, day, topics, docPlaces),
		/** the places whose counts the write changed */
		touched: () => places.keys(),
		/** writes what the documents changed (before orphaned places are deleted: their rows go with them) */
		finish(): void {
			for (const [place, span] of places) {
				const days = daysAfter(span);
				if (!days) statements.placeDays.run(place, place);
				else if (days.first !== span.first || days.last !== span.last) statements.setPlaceDays.run(days.first, days.last, place);
			}
			pairs.flush();
			months.flush();
			for (const [topic, delta] of topicDocuments) {
				if (delta === 0) continue;
				const documents = (statements.topicDocuments.get(topic)?.documents ?? 0) + delta;
				if (documents > 0) statements.putTopicDocuments.run(topic, documents);
				else statements.deleteTopicDocuments.run(topic);
			}
			this.clear();
		},
		clear(): void {
			places.clear();
			pairs.clear();
			months.clear();
			topicDocuments.clear();
		}
	};
}
