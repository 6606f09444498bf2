// Assigns texts to the topics of a model: the text's tf-idf vector over the model's terms, its
// similarity to each topic, the best topics above the threshold, and the terms that put it there.
import { DEFAULT_MIN_WEIGHT, type TopicAssignment, type TopicModel } from './model.ts';
import { createVectorizer, type Vocabulary } from './vectorize.ts';

/** a second or third topic must score at least this share of the best one */
const SECONDARY_SHARE = 0.7;
const MAX_TOPICS_PER_DOCUMENT = 3;
const REASON_TERMS = 5;

export type TopicAssigner = (text: string) => TopicAssignment[];

export function createTopicAssigner(model: TopicModel): TopicAssigner {
	const terms = [...new Set(model.topics.flatMap((topic) => topic.terms.map((t) => t.term)))].sort();
	const vocabulary: Vocabulary = { terms, idf: Float64Array.from(terms, (term) => model.idf[term] ?? 1) };
	const index = new Map(terms.map((term, i) => [term, i]));
	// term number → the topics using it, with weights
	const postings: { topic: number; weight: number }[][] = terms.map(() => []);
	model.topics.forEach((topic, t) => {
		for (const { term, weight } of topic.terms) postings[index.get(term)!]!.push({ topic: t, weight });
	});
	const vectorize = createVectorizer(vocabulary);
	const minWeight = model.minWeight ?? DEFAULT_MIN_WEIGHT;
	return (text) => {
		const vector = vectorize(text);
		const scores = new Float64Array(model.topics.length);
		for (let i = 0; i < vector.indices.length; i++) {
			for (const { topic, weight } of postings[vector.indices[i]!]!) scores[topic]! += vector.values[i]! * weight;
		}
		const ranked = [...scores.keys()].filter((t) => scores[t]! > 0).sort((a, b) => scores[b]! - scores[a]! || a - b);
		const best = ranked.length ? scores[ranked[0]!]! : 0;
		if (best < minWeight) return [];
		return ranked
			.filter((t) => scores[t]! >= Math.max(minWeight, SECONDARY_SHARE * best))
			.slice(0, MAX_TOPICS_PER_DOCUMENT)
			.map((t) => ({ topic: model.topics[t]!.id, weight: Math.round(scores[t]! * 1000) / 1000, terms: reasons(vector, postings, t, terms) }));
	};
}

function reasons(vector: ReturnType<ReturnType<typeof createVectorizer>>, postings: { topic: number; weight: number }[][], topic: number, terms: string[]): string[] {
	const contributions: { term: string; value: number }[] = [];
	for (let i = 0; i < vector.indices.length; i++) {
		const posting = postings[vector.indices[i]!]!.find((p) => p.topic === topic);
		if (posting) contributions.push({ term: terms[vector.indices[i]!]!, value: vector.values[i]! * posting.weight });
	}
	return contributions
		.sort((a, b) => b.value - a.value || (a.term < b.term ? -1 : 1))
		.slice(0, REASON_TERMS)
		.map((c) => c.term);
}
