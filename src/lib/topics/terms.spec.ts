import { describe, expect, it } from 'vitest';
import { textTerms } from './terms.ts';
import { createVectorizer, fitVocabulary } from './vectorize.ts';

describe('textTerms', () => {
	it('keeps content words and two-word phrases, lower-cased, possessives folded', () => {
		expect(textTerms("The Prime Minister's visit: mine-clearance teams in 2023.")).toEqual([
			'prime',
			'minister',
			'prime minister',
			'visit',
			'minister visit',
			'mine',
			'clearance',
			'mine clearance',
			'teams',
			'clearance teams'
		]);
	});

	it('does not join words across punctuation, numbers or stop words', () => {
		expect(textTerms('oil, gas and 40 pipelines')).toEqual(['oil', 'gas', 'pipelines']);
	});

	it('drops a word that starts with any number (ASCII digits 0–9 and other scripts’ digits), keeps one that starts with any letter', () => {
		expect(textTerms('0a 1b 2c 3d 4e 5f 6g 7h 8i 9j ٣km ３rd ²nd Ⅻth éte żywność 𝟘x zx')).toEqual(['éte', 'żywność', 'éte żywność', 'zx']);
	});
});

describe('vectorizer', () => {
	const texts = ['mine clearance in aghdam', 'mine clearance teams', 'solar energy plant', 'solar energy prices', 'election campaign'];
	const vocabulary = fitVocabulary(texts, { minDocuments: 2, maxDocumentShare: 0.5, maxTerms: 100 });

	it('keeps terms between the document-frequency bounds, sorted', () => {
		expect(vocabulary.terms).toEqual(['clearance', 'energy', 'mine', 'mine clearance', 'solar', 'solar energy']);
	});

	it('gives unit-length sublinear tf-idf vectors and counts phrases it knows', () => {
		const vector = createVectorizer(vocabulary)('Mine clearance, mine clearance and more mine clearance.');
		expect([...vector.indices].map((i) => vocabulary.terms[i])).toEqual(['clearance', 'mine', 'mine clearance']);
		const norm = vector.values.reduce((sum, v) => sum + v * v, 0);
		expect(norm).toBeCloseTo(1, 12);
		expect(createVectorizer(vocabulary)('nothing known here').indices.length).toBe(0);
	});
});
