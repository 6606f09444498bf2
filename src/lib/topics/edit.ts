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
