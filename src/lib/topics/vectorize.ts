// TF-IDF over words and two-word phrases: a vocabulary fitted on a sample (min/max document
// frequency, smoothed idf), then sparse, sublinear-tf, unit-length vectors for any text.
import { scanWords, textTerms } from './terms.ts';

export interface Vocabulary {
	/** sorted, so the same corpus gives the same term numbers */
	terms: string[];
	idf: Float64Array;
}

export interface SparseVector {
	indices: Int32Array;
	values: Float64Array;
}

export interface VocabularyOptions {
	/** a term must occur in at least this many documents */
	minDocuments: number;
	/** and in at most this share of them */
	maxDocumentShare: number;
	maxTerms: number;
}

export const DEFAULT_VOCABULARY_OPTIONS: VocabularyOptions = { minDocuments: 2, maxDocumentShare: 0.5, maxTerms: 40_000 };

export function fitVocabulary(texts: readonly string[], options: VocabularyOptions = DEFAULT_VOCABULARY_OPTIONS): Vocabulary {
	const documentFrequency = new Map<string, number>();
	for (const text of texts) {
		for (const term of new Set(textTerms(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
	}
	const maxDocuments = Math.max(options.minDocuments, Math.floor(options.maxDocumentShare * texts.length));
	let kept = [...documentFrequency.entries()].filter(([, df]) => df >= options.minDocuments && df <= maxDocuments);
	if (kept.length > options.maxTerms) {
		kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		kept = kept.slice(0, options.maxTerms);
	}
	kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const n = texts.length;
	return { terms: kept.map(([term]) => term), idf: Float64Array.from(kept, ([, df]) => Math.log((1 + n) / (1 + df)) + 1) };
}

/** A reusable text → vector function for one vocabulary (phrases are looked up by word numbers, no string joins). */
export function createVectorizer(vocabulary: Vocabulary): (text: string) => SparseVector {
	const words = new Map<string, { term: number; word: number }>();
	const wordEntry = (word: string) => {
		let entry = words.get(word);
		if (!entry) words.set(word, (entry = { term: -1, word: words.size }));
		return entry;
	};
	const phrases = new Map<number, number>();
	vocabulary.terms.forEach((term, index) => {
		const space = term.indexOf(' ');
		if (space < 0) wordEntry(term).term = index;
	});
	vocabulary.terms.forEach((term, index) => {
		const space = term.indexOf(' ');
		if (space >= 0) phrases.set(phraseKey(wordEntry(term.slice(0, space)).word, wordEntry(term.slice(space + 1)).word), index);
	});
	const counts = new Float64Array(vocabulary.terms.length);
	const touched: number[] = [];
	const count = (term: number) => {
		if (counts[term] === 0) touched.push(term);
		counts[term]!++;
	};
	return (text) => {
		touched.length = 0;
		let previous = -1;
		scanWords(text, (word, joined) => {
			const entry = words.get(word);
			if (!entry) {
				previous = -1;
				return;
			}
			if (entry.term >= 0) count(entry.term);
			if (joined && previous >= 0) {
				const phrase = phrases.get(phraseKey(previous, entry.word));
				if (phrase !== undefined) count(phrase);
			}
			previous = entry.word;
		});
		touched.sort((a, b) => a - b);
		const indices = Int32Array.from(touched);
		const values = new Float64Array(indices.length);
		let norm = 0;
		for (let i = 0; i < indices.length; i++) {
			const term = indices[i]!;
			const weight = (1 + Math.log(counts[term]!)) * vocabulary.idf[term]!;
			values[i] = weight;
			norm += weight * weight;
			counts[term] = 0;
		}
		if (norm > 0) {
			const scale = 1 / Math.sqrt(norm);
			for (let i = 0; i < values.length; i++) values[i]! *= scale;
		}
		return { indices, values };
	};
}

function phraseKey(first: number, second: number): number {
	return first * 0x200000 + second;
}
