// Topics from an editable taxonomy: each topic is a list of terms and phrases; a match records
// which terms triggered it, so a reader can see why a document or excerpt has a topic.
// Two kinds of file: curated (terms matched as patterns, a topic after minDocumentHits occurrences)
// and weighted (terms with weights, as discovery writes them: a document gets the topics its
// tf-idf vector is most similar to).
import type { TopicMatch } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import { escapeRegExp } from '../regexp.ts';
import { createTopicAssigner } from './assign.ts';
import { DEFAULT_MIN_WEIGHT, type TopicModel } from './model.ts';
import { textTerms } from './terms.ts';

export interface TopicDefinition {
	id: string;
	label: string;
	terms: string[];
	/** one per term (weighted taxonomies) */
	weights?: number[];
	/** still competes for documents, but is never given to one (a boilerplate cluster, say) */
	hidden?: boolean;
	/** the user keeps this one at the top of the list */
	pinned?: boolean;
}

export interface Taxonomy {
	topics: TopicDefinition[];
	/** occurrences a document needs before it gets a topic (an excerpt needs one) */
	minDocumentHits: number;
	/** weighted taxonomies: each term's inverse document frequency, and the similarity a best topic needs */
	idf?: Record<string, number>;
	minWeight?: number;
}

export function isWeighted(taxonomy: Taxonomy): boolean {
	return taxonomy.topics.some((topic) => topic.weights !== undefined);
}

interface CompiledTerm {
	topic: string;
	term: string;
}

export interface TopicMatcher {
	taxonomy: Taxonomy;
	/** every term occurrence, in text order (curated taxonomies) */
	find(text: string): { term: CompiledTerm; start: number; end: number }[];
	/** a document's topics, best first; `minHits` applies to curated taxonomies */
	document(text: string, minHits: number): TopicMatch[];
	/** an excerpt's topics (a weighted taxonomy gives it the document's topics whose terms it contains) */
	excerpt(text: string, documentTopics: readonly TopicMatch[]): TopicMatch[];
}

const DEFAULT_MIN_DOCUMENT_HITS = 2;
/** All terms are matched by one regular expression, whose compile time grows faster than its size:
 * these keep it under a second or two (the sample taxonomy has about 2,600 characters of terms). */
export const MAX_TERM_LENGTH = 100;
export const MAX_TERM_CHARACTERS = 30_000;

function fail(message: string): never {
	throw new InputFileError(`topics: ${message}`);
}

/** Checks a parsed taxonomy file (`{ topics: [...] }` or a bare array) and returns it typed. */
export function parseTaxonomy(data: unknown): Taxonomy {
	const root = Array.isArray(data) ? { topics: data } : data;
	if (typeof root !== 'object' || root === null || !Array.isArray((root as { topics?: unknown }).topics)) {
		fail('expected an object with a "topics" array');
	}
	const { topics: rawTopics, minDocumentHits = DEFAULT_MIN_DOCUMENT_HITS, idf, minWeight } = root as { topics: unknown[]; minDocumentHits?: unknown; idf?: unknown; minWeight?: unknown };
	if (!Number.isInteger(minDocumentHits) || (minDocumentHits as number) < 1) fail('"minDocumentHits" must be a positive whole number');
	if (minWeight !== undefined && !(typeof minWeight === 'number' && minWeight >= 0 && minWeight < 1)) fail('"minWeight" must be a number from 0 to 1');
	if (idf !== undefined) {
		if (typeof idf !== 'object' || idf === null || Array.isArray(idf)) fail('"idf" must be an object of term: number');
		for (const [term, value] of Object.entries(idf)) if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) fail(`"idf" of "${term}" must be a positive number`);
	}
	if (rawTopics.length === 0) fail('the "topics" array is empty');
	const seen = new Set<string>();
	const topics = rawTopics.map((raw, index): TopicDefinition => {
		const where = `topic ${index + 1}`;
		if (typeof raw !== 'object' || raw === null) fail(`${where} is not an object`);
		const { id, label, terms, weights, hidden, pinned } = raw as Record<string, unknown>;
		if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${where}: "id" must be lower-case letters, digits and dashes`);
		if (seen.has(id)) fail(`${where}: duplicate id "${id}"`);
		seen.add(id);
		if (typeof label !== 'string' || !label.trim()) fail(`${where} (${id}): "label" must be a non-empty string`);
		if (!Array.isArray(terms) || terms.length === 0) fail(`${where} (${id}): "terms" must be a non-empty array of strings`);
		for (const term of terms) {
			if (typeof term !== 'string' || !/[\p{L}\p{N}]/u.test(term)) fail(`${where} (${id}): every term must be a string with letters, got ${JSON.stringify(term)}`);
			if (term.indexOf('*') !== -1 && term.indexOf('*') !== term.length - 1) fail(`${where} (${id}): "*" is only allowed at the end of a term ("${term}")`);
		}
		for (const term of terms as string[]) if (term.trim().length > MAX_TERM_LENGTH) fail(`${where} (${id}): a term has ${term.trim().length.toLocaleString('en')} characters, more than ${MAX_TERM_LENGTH}`);
		const topic: TopicDefinition = { id, label: label.trim(), terms: (terms as string[]).map((t) => t.trim()) };
		if (weights !== undefined) {
			if (!Array.isArray(weights) || weights.length !== terms.length) fail(`${where} (${id}): "weights" must be an array with one number per term`);
			for (const weight of weights) if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) fail(`${where} (${id}): every weight must be a positive number, got ${JSON.stringify(weight)}`);
			for (const term of topic.terms) if (term.includes('*')) fail(`${where} (${id}): weighted terms are plain words or phrases, "*" is not allowed ("${term}")`);
			topic.weights = weights as number[];
		}
		for (const [flag, value] of [['hidden', hidden], ['pinned', pinned]] as const) {
			if (value === undefined) continue;
			if (typeof value !== 'boolean') fail(`${where} (${id}): "${flag}" must be true or false`);
			if (value) topic[flag] = true;
		}
		return topic;
	});
	const termCount = topics.reduce((sum, t) => sum + t.terms.length, 0);
	const characters = topics.reduce((sum, t) => sum + t.terms.reduce((s, term) => s + term.length, 0), 0);
	if (characters > MAX_TERM_CHARACTERS) {
		fail(`${termCount.toLocaleString('en')} terms with ${characters.toLocaleString('en')} characters in all, more than the ${MAX_TERM_CHARACTERS.toLocaleString('en')} one taxonomy may have; use fewer or shorter terms`);
	}
	const taxonomy: Taxonomy = { topics, minDocumentHits: minDocumentHits as number };
	if (idf !== undefined) taxonomy.idf = idf as Record<string, number>;
	if (minWeight !== undefined) taxonomy.minWeight = minWeight as number;
	return taxonomy;
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
	try {
		return { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags), terms };
	} catch {
		// the limits in parseTaxonomy should prevent this; say what to do rather than show the pattern
		fail(`the ${terms.length.toLocaleString('en')} terms are too many to match at once; use fewer or shorter terms`);
	}
}

export function compileTaxonomy(taxonomy: Taxonomy): TopicMatcher {
	const matcher = isWeighted(taxonomy) ? compileWeighted(taxonomy) : compileCurated(taxonomy);
	const hidden = new Set(taxonomy.topics.filter((t) => t.hidden).map((t) => t.id));
	if (hidden.size === 0) return matcher;
	const shown = (matches: TopicMatch[]) => matches.filter((m) => !hidden.has(m.topic));
	return { ...matcher, document: (text, minHits) => shown(matcher.document(text, minHits)), excerpt: (text, topics) => shown(matcher.excerpt(text, topics)) };
}

/** The model a weighted taxonomy describes; topics without weights count each term equally. */
export function taxonomyModel(taxonomy: Taxonomy): TopicModel {
	return {
		topics: taxonomy.topics.map((topic) => ({
			id: topic.id,
			label: topic.label,
			terms: topic.terms.map((term, i) => ({ term: term.toLowerCase(), weight: topic.weights?.[i] ?? 1 / Math.sqrt(topic.terms.length) }))
		})),
		idf: taxonomy.idf ?? {},
		minWeight: taxonomy.minWeight ?? DEFAULT_MIN_WEIGHT
	};
}

function compileWeighted(taxonomy: Taxonomy): TopicMatcher {
	const assign = createTopicAssigner(taxonomyModel(taxonomy));
	const termsOf = new Map(taxonomy.topics.map((topic) => [topic.id, topic.terms.map((t) => t.toLowerCase())]));
	return {
		taxonomy,
		find: () => [],
		document: (text) => assign(text).map(({ topic, terms, weight }) => ({ topic, terms, weight })),
		excerpt(text, documentTopics) {
			const present = new Set(textTerms(text));
			return documentTopics.flatMap(({ topic }) => {
				const terms = (termsOf.get(topic) ?? []).filter((term) => present.has(term)).slice(0, 5);
				return terms.length ? [{ topic, terms }] : [];
			});
		}
	};
}

function compileCurated(taxonomy: Taxonomy): TopicMatcher {
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
	const matcher: TopicMatcher = {
		taxonomy,
		document: (text, minHits) => matchTopics(matcher, text, minHits),
		excerpt: (text) => matchTopics(matcher, text, 1),
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
	return matcher;
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
