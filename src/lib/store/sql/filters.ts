// The explorer's filters as SQL over either store: which documents pass (dates, one document, topics,
// words) and which places (kinds, name search).
import type { QueryFilters } from '../types.ts';
import { foldText, lastDay } from '../text.ts';
import type { Dialect } from './dialect.ts';

export interface Condition {
	sql: string;
	params: unknown[];
}

/** Conditions on documents aliased `d`; `withTopics: false` leaves the topic filter out. */
export function documentCondition(dialect: Dialect, filters: QueryFilters, withTopics = true): Condition | null {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (filters.doc) {
		parts.push('d.id = ?');
		params.push(filters.doc);
	}
	if (filters.from) {
		parts.push('d.day >= ?');
		params.push(filters.from);
	}
	if (filters.to) {
		parts.push('d.day <= ?');
		params.push(lastDay(filters.to));
	}
	if (withTopics && filters.topics.length > 0) {
		parts.push(`d.key IN (SELECT doc FROM document_topics WHERE topic IN (${filters.topics.map(() => '?').join(', ')}))`);
		params.push(...filters.topics);
	}
	const match = dialect.textQuery(filters.text ?? '');
	if (match) {
		parts.push(dialect.textMatch);
		params.push(match);
	}
	return parts.length ? { sql: parts.join(' AND '), params } : null;
}

/** The folded needle of the place search, or '' when there is none. */
export function placeNeedle(filters: QueryFilters): string {
	return foldText(filters.q.trim());
}
