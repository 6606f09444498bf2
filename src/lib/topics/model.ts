// A topic model as a taxonomy can store it: per topic, its defining terms with weights (a
// truncated k-means centroid), plus each term's idf; enough to assign any new text without re-fitting.
import type { WeightedTerm } from './label.ts';

export interface WeightedTopic {
	id: string;
	label: string;
	terms: WeightedTerm[];
}

export interface TopicModel {
	topics: WeightedTopic[];
	/** inverse document frequency of every term the topics use */
	idf: Record<string, number>;
	/** a document's best topic needs at least this similarity */
	minWeight: number;
}

export interface TopicAssignment {
	topic: string;
	/** cosine similarity between the document and the topic over the model's terms */
	weight: number;
	/** the document's terms that contributed most, strongest first */
	terms: string[];
}

export const DEFAULT_MIN_WEIGHT = 0.02;
