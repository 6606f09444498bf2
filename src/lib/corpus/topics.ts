// Topics from an editable taxonomy: each topic is a list of terms and phrases; a match records
// which terms triggered it, so a reader can see why a document or excerpt has a topic.
import type { TopicMatch } from '../contracts.ts';
import { InputFileError } from './input-error.ts';
import { escapeRegExp } from '../regexp.ts';

export interface TopicDefinition {
	id: string;
	label: string;
	terms: string[];
}

export interface Taxonomy {
	topics: TopicDefinition[];
	/** occurrences a document needs before it gets a topic (an excerpt needs one) */
	minDocumentHits: number;
}

interface CompiledTerm {
	topic: string;
	term: string;
}

export interface TopicMatcher {
	taxonomy: Taxonomy;
	/** every term occurrence, in text order */
	find(text: string): { term: CompiledTerm; start: number; end: number }[];
}

const DEFAULT_MIN_DOCUMENT_HITS = 2;

function fail(message: string): never {
	throw new InputFileError(`topics: ${message}`);
}

/** Checks a parsed taxonomy file (`{ topics: [...] }` or a bare array) and returns it typed. */
export function parseTaxonomy(data: unknown): Taxonomy {
	const root = Array.isArray(data) ? { topics: data } : data;
	if (typeof root !== 'object' || root === null || !Array.isArray((root as { topics?: unknown }).topics)) {
		fail('expected an object with a "topics" array');
	}
	const { topics: rawTopics, minDocumentHits = DEFAULT_MIN_DOCUMENT_HITS } = root as { topics: unknown[]; minDocumentHits?: unknown };
	if (!Number.isInteger(minDocumentHits) || (minDocumentHits as number) < 1) fail('"minDocumentHits" must be a positive whole number');
	if (rawTopics.length === 0) fail('the "topics" array is empty');
	const seen = new Set<string>();
	const topics = rawTopics.map((raw, index): TopicDefinition => {
		const where = `topic ${index + 1}`;
		if (typeof raw !== 'object' || raw === null) fail(`${where} is not an object`);
		const { id, label, terms } = raw as Record<string, unknown>;
		if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${where}: "id" must be lower-case letters, digits and dashes`);
		if (seen.has(id)) fail(`${where}: duplicate id "${id}"`);
		seen.add(id);
		if (typeof label !== 'string' || !label.trim()) fail(`${where} (${id}): "label" must be a non-empty string`);
		if (!Array.isArray(terms) || terms.length === 0) fail(`${where} (${id}): "terms" must be a non-empty array of strings`);
		for (const term of terms) {
			if (typeof term !== 'string' || !/[\p{L}\p{N}]/u.test(term)) fail(`${where} (${id}): every term must be a string with letters, got ${JSON.stringify(term)}`);
			if (term.indexOf('*') !== -1 && term.indexOf('*') !== term.length - 1) fail(`${where} (${id}): "*" is only allowed at the end of a term ("${term}")`);
		}
		return { id, label: label.trim(), terms: (terms as string[]).map((t) => t.trim()) };
	});
	return { topics, minDocumentHits: minDocumentHits as number };
}


/**
 * Term syntax: case-insensitive whole words; spaces and hyphens match each other ("mine clearance"
 * finds "mine-clearance"); a trailing `*` matches any word ending ("landmine*"); terms written in
 * capitals (acronyms such as "IDP") are matched case-sensitively, with an optional plural "s".
 */
function termPattern(term: string): { source: string; caseSensitive: boolean } {
	const wildcard = term.endsWith('*');
	const body = wildcard ? term.slice(0, -1) : term;
	const caseSensitive = /\p{Lu}.*\p{Lu}/u.test(body) && body === body.toUpperCase();
	const words = body
		.split(/[\s\-‐–]+/)
		.filter(Boolean)
		.map(escapeRegExp);
	let source = words.join('[\\s\\-‐–]+');
	if (wildcard) source += '[\\p{L}\\p{N}]*';
	else if (caseSensitive) source += 's?';
	return { source, caseSensitive };
}

function compileGroup(terms: CompiledTerm[][], sources: string[], flags: string): { regex: RegExp; terms: CompiledTerm[][] } | null {
	if (terms.length === 0) return null;
	const alternatives = sources.map((source) => `(${source})`).join('|');
	return { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags), terms };
}

export function compileTaxonomy(taxonomy: Taxonomy): TopicMatcher {
	// One alternative per distinct pattern; a term listed under two topics triggers both.
	const patterns = new Map<string, { source: string; caseSensitive: boolean; terms: CompiledTerm[] }>();
	for (const topic of taxonomy.topics) {
		for (const term of topic.terms) {
			const { source, caseSensitive } = termPattern(term);
			const key = `${caseSensitive ? 'S' : 'i'}${caseSensitive ? source : source.toLowerCase()}`;
			const entry = patterns.get(key) ?? { source, caseSensitive, terms: [] };
			if (!entry.terms.some((t) => t.topic === topic.id)) entry.terms.push({ topic: topic.id, term });
			patterns.set(key, entry);
		}
	}
	// Longer patterns first, so "mine action agency" wins over "mine action" at the same position.
	const ordered = [...patterns.values()].sort((a, b) => b.source.length - a.source.length);
	const group = (caseSensitive: boolean, flags: string) => {
		const members = ordered.filter((p) => p.caseSensitive === caseSensitive);
		return compileGroup(
			members.map((p) => p.terms),
			members.map((p) => p.source),
			flags
		);
	};
	const compiled = [group(false, 'giu'), group(true, 'gu')].filter((g) => g !== null);
	return {
		taxonomy,
		find(text) {
			const hits: { term: CompiledTerm; start: number; end: number }[] = [];
			for (const { regex, terms } of compiled) {
				regex.lastIndex = 0;
				for (let match = regex.exec(text); match; match = regex.exec(text)) {
					const group = match.findIndex((value, index) => index > 0 && value !== undefined);
					for (const term of terms[group - 1]!) hits.push({ term, start: match.index, end: match.index + match[0].length });
				}
			}
			return hits.sort((a, b) => a.start - b.start);
		}
	};
}

/**
 * Topics of a text with the terms that triggered them (most frequent first). A topic needs
 * `minHits` occurrences; topics are ordered by occurrences, then taxonomy order.
 */
export function matchTopics(matcher: TopicMatcher, text: string, minHits = 1): TopicMatch[] {
	const counts = new Map<string, Map<string, number>>();
	for (const hit of matcher.find(text)) {
		const terms = counts.get(hit.term.topic) ?? new Map<string, number>();
		terms.set(hit.term.term, (terms.get(hit.term.term) ?? 0) + 1);
		counts.set(hit.term.topic, terms);
	}
	const order = matcher.taxonomy.topics.map((topic) => topic.id);
	const total = (terms: Map<string, number>) => [...terms.values()].reduce((sum, n) => sum + n, 0);
	return [...counts.entries()]
		.filter(([, terms]) => total(terms) >= minHits)
		.sort(([a, termsA], [b, termsB]) => total(termsB) - total(termsA) || order.indexOf(a) - order.indexOf(b))
		.map(([topic, terms]) => ({
			topic,
			terms: [...terms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([term]) => term)
		}));
}
