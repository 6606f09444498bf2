// Shaping a taxonomy by hand: rename, merge, split off a term, hide, pin. Each edit returns a new
// taxonomy (the input is left as it was) that the next `ingest --topics` reproduces.
import { InputFileError } from '../corpus/input-error.ts';
import { topicId } from './label.ts';
import type { Taxonomy, TopicDefinition } from './taxonomy.ts';

function find(taxonomy: Taxonomy, id: string): TopicDefinition {
	const topic = taxonomy.topics.find((t) => t.id === id);
	if (!topic) throw new InputFileError(`no topic "${id}"`);
	return topic;
}

function replace(taxonomy: Taxonomy, id: string, change: (topic: TopicDefinition) => TopicDefinition): Taxonomy {
	find(taxonomy, id);
	return { ...taxonomy, topics: taxonomy.topics.map((t) => (t.id === id ? change({ ...t }) : t)) };
}

export function renameTopic(taxonomy: Taxonomy, id: string, label: string): Taxonomy {
	if (!label.trim()) throw new InputFileError('a topic label cannot be empty');
	return replace(taxonomy, id, (t) => ({ ...t, label: label.trim() }));
}

export function hideTopic(taxonomy: Taxonomy, id: string, hidden = true): Taxonomy {
	return replace(taxonomy, id, ({ hidden: _, ...t }) => (hidden ? { ...t, hidden: true } : t));
}

/** Pinned topics lead the list, in the order they were pinned. */
export function pinTopic(taxonomy: Taxonomy, id: string, pinned = true): Taxonomy {
	const changed = replace(taxonomy, id, ({ pinned: _, ...t }) => (pinned ? { ...t, pinned: true } : t));
	const topic = find(changed, id);
	const others = changed.topics.filter((t) => t.id !== id);
	const lead = others.filter((t) => t.pinned);
	const rest = others.filter((t) => !t.pinned);
	// pinned: after the topics pinned before it; unpinned: first of the rest
	return { ...changed, topics: [...lead, topic, ...rest] };
}

/**
 * `source` folds into `target`: the union of their terms; in a weighted taxonomy the weights of a
 * shared term add up, and the result is scaled back to the larger of the two topics' lengths.
 */
export function mergeTopics(taxonomy: Taxonomy, target: string, source: string): Taxonomy {
	if (target === source) throw new InputFileError(`cannot merge topic "${target}" into itself`);
	const into = find(taxonomy, target);
	const from = find(taxonomy, source);
	const weighted = into.weights !== undefined || from.weights !== undefined;
	const weights = new Map<string, number>();
	for (const topic of [into, from]) {
		topic.terms.forEach((term, i) => weights.set(term, (weights.get(term) ?? 0) + (topic.weights?.[i] ?? 1 / Math.sqrt(topic.terms.length))));
	}
	const length = (values: Iterable<number>) => Math.sqrt([...values].reduce((sum, v) => sum + v * v, 0));
	const scale = Math.max(length(into.weights ?? []), length(from.weights ?? [])) / length(weights.values()) || 1;
	const merged: TopicDefinition = { ...into, terms: [...weights.keys()] };
	if (weighted) merged.weights = [...weights.values()].map((w) => Math.round(w * scale * 10000) / 10000);
	return { ...taxonomy, topics: taxonomy.topics.filter((t) => t.id !== source).map((t) => (t.id === target ? merged : t)) };
}

/** `term` leaves topic `id` and becomes a topic of its own (labelled by it), placed right after it. */
export function splitOffTerm(taxonomy: Taxonomy, id: string, term: string): Taxonomy {
	const topic = find(taxonomy, id);
	const at = topic.terms.indexOf(term);
	if (at < 0) throw new InputFileError(`topic "${id}" has no term "${term}"`);
	if (topic.terms.length === 1) throw new InputFileError(`"${term}" is the only term of topic "${id}"`);
	const rest: TopicDefinition = { ...topic, terms: topic.terms.filter((_, i) => i !== at) };
	const split: TopicDefinition = { id: topicId([term], new Set(taxonomy.topics.map((t) => t.id))), label: term, terms: [term] };
	if (topic.weights) {
		rest.weights = topic.weights.filter((_, i) => i !== at);
		split.weights = [topic.weights[at]!];
	}
	const topics = taxonomy.topics.flatMap((t) => (t.id === id ? [rest, split] : [t]));
	return { ...taxonomy, topics };
}

/** One edit as the explorer sends it (and replays it on its own copy to show the result before saving). */
export type TopicEdit =
	| { op: 'rename'; topic: string; label: string }
	| { op: 'merge'; topic: string; into: string }
	| { op: 'split'; topic: string; term: string }
	| { op: 'hide'; topic: string; hidden: boolean }
	| { op: 'pin'; topic: string; pinned: boolean };

export const MAX_LABEL_LENGTH = 120;
export const MAX_EDITS = 1000;

function field<T>(edit: Record<string, unknown>, name: string, type: 'string' | 'boolean', where: string): T {
	const value = edit[name];
	if (typeof value !== type) throw new InputFileError(`${where}: "${name}" must be a ${type}`);
	return value as T;
}

/** Applies edits in order; a malformed or impossible one is an InputFileError naming it. */
export function applyTopicEdits(taxonomy: Taxonomy, edits: readonly unknown[]): Taxonomy {
	if (edits.length > MAX_EDITS) throw new InputFileError(`at most ${MAX_EDITS} edits at once, got ${edits.length}`);
	return edits.reduce<Taxonomy>((current, raw, index) => {
		const where = `edit ${index + 1}`;
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputFileError(`${where} is not an object`);
		const edit = raw as Record<string, unknown>;
		const topic = field<string>(edit, 'topic', 'string', where);
		try {
			switch (edit.op) {
				case 'rename': {
					const label = field<string>(edit, 'label', 'string', where);
					if (label.trim().length > MAX_LABEL_LENGTH) throw new InputFileError(`a label has at most ${MAX_LABEL_LENGTH} characters`);
					return renameTopic(current, topic, label);
				}
				case 'merge':
					return mergeTopics(current, field<string>(edit, 'into', 'string', where), topic);
				case 'split':
					return splitOffTerm(current, topic, field<string>(edit, 'term', 'string', where));
				case 'hide':
					return hideTopic(current, topic, field<boolean>(edit, 'hidden', 'boolean', where));
				case 'pin':
					return pinTopic(current, topic, field<boolean>(edit, 'pinned', 'boolean', where));
				default:
					throw new InputFileError(`unknown "op" ${JSON.stringify(edit.op)} (rename, merge, split, hide or pin)`);
			}
		} catch (error) {
			if (error instanceof InputFileError && !error.message.startsWith(where)) throw new InputFileError(`${where}: ${error.message}`);
			throw error;
		}
	}, taxonomy);
}
