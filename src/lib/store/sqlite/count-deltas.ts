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
	const pairs = new Map<string, Map<number, TopicPlace>>();
	const topicDocuments = new Map<string, number>();
	/** by month, then place */
	const months = new Map<string, Map<number, TopicPlace>>();

	const placeSpan = (place: number): DaySpan => {
		let span = places.get(place);
		if (!span) {
			const row = statements.placeSpan.get(place);
			places.set(place, (span = { first: row?.first ?? null, last: row?.last ?? null, lostFirst: false, lostLast: false, addedFirst: null, addedLast: null }));
		}
		return span;
	};
	const pair = (topic: string, place: number): TopicPlace => {
		let byPlace = pairs.get(topic);
		if (!byPlace) pairs.set(topic, (byPlace = new Map()));
		let entry = byPlace.get(place);
		if (!entry) {
			const row = statements.pairRow.get(topic, place);
			const stored = row ?? { documents: 0, mentions: 0, first: null, last: null };
			byPlace.set(place, (entry = { ...stored, lostFirst: false, lostLast: false, addedFirst: null, addedLast: null }));
		}
		return entry;
	};
	const monthPair = (month: string, place: number): TopicPlace => {
		let byPlace = months.get(month);
		if (!byPlace) months.set(month, (byPlace = new Map()));
		let entry = byPlace.get(place);
		if (!entry) {
			const stored = statements.monthRow.get(month, place) ?? { documents: 0, mentions: 0, first: null, last: null };
			byPlace.set(place, (entry = { ...stored, lostFirst: false, lostLast: false, addedFirst: null, addedLast: null }));
		}
		return entry;
	};
	/** `sign` 1: a written document; −1: a removed one (read before its rows go) */
	const apply = (sign: 1 | -1, day: Day, topics: readonly string[], docPlaces: readonly { place: number; mentions: number }[]): void => {
		const change = sign === 1 ? add : take;
		for (const { place, mentions } of docPlaces) {
			change(placeSpan(place), day);
			if (day !== null) {
				const entry = monthPair(monthOf(day), place);
				entry.documents += sign;
				entry.mentions += sign * mentions;
				change(entry, day);
			}
			for (const topic of topics) {
				const entry = pair(topic, place);
				entry.documents += sign;
				entry.mentions += sign * mentions;
				change(entry, day);
			}
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
			for (const [topic, byPlace] of pairs) {
				for (const [place, entry] of byPlace) {
					if (entry.documents <= 0) {
						statements.deletePair.run(topic, place);
						continue;
					}
					const days = daysAfter(entry) ?? statements.pairDays.get(place, topic)!;
					statements.putPair.run(topic, place, entry.documents, entry.mentions, days.first, days.last);
				}
			}
			for (const [month, byPlace] of months) {
				for (const [place, entry] of byPlace) {
					if (entry.documents <= 0) {
						statements.deleteMonth.run(month, place);
						continue;
					}
					const days = daysAfter(entry) ?? statements.monthDays.get(place, month)!;
					statements.putMonth.run(month, place, entry.documents, entry.mentions, days.first, days.last);
				}
			}
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
