// Given spans (someone else's recogniser, gold annotations) in a text that repeats one sentence: the
// geoparser reads the words around the spans for context, and that work must grow with the text, not
// with mentions x repeats. Work is counted, not timed: the points of the spatial indexes every "what lies
// near here?" question searches (geokdbush's `around`, passed through), summed over one run. A question
// over an index holding a repeated word's places once per repeat costs a step per repeat.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { searched } from '../helpers/counted-geokdbush.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

// the points of the spatial indexes every "what lies near here?" question searches, summed over a run
vi.mock('geokdbush', () => import('../helpers/counted-geokdbush.ts'));

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
}, 300_000);

/** A sentence of parts, bracketed ones given as spans: "[Salem] lies west of [Albany]". */
type Part = { text: string; span: boolean };

/** The sentence repeated `n` times, joined by ", and ", with the spans of every repeat. */
function repeated(parts: Part[], n: number): { text: string; spans: { start: number; end: number }[] } {
	let text = '';
	const spans: { start: number; end: number }[] = [];
	for (let k = 0; k < n; k++) {
		if (k) text += ', and ';
		parts.forEach((part, i) => {
			if (i) text += ' ';
			if (part.span) spans.push({ start: text.length, end: text.length + part.text.length });
			text += part.text;
		});
	}
	return { text: `${text}.`, spans };
}

function indexedFor(parts: Part[], n: number): number {
	const { text, spans } = repeated(parts, n);
	searched.points = 0;
	geoparse(text, gazetteer, { spans });
	return searched.points;
}

const SMALL = 100;
/** twice the repeats may cost at most this many times the work (quadratic work is 4x) */
const GROWTH = 3;
/** a floor under the smaller count, so that a handful of questions growing by a few is not read as growth */
const FLOOR = 100;

function expectLinearWork(parts: Part[]): void {
	const small = indexedFor(parts, SMALL);
	const large = indexedFor(parts, 2 * SMALL);
	const sentence = parts.map((part) => (part.span ? `[${part.text}]` : part.text)).join(' ');
	expect(large, `${sentence}: ${SMALL} repeats ${small}, ${2 * SMALL} repeats ${large}`).toBeLessThan(GROWTH * Math.max(small, FLOOR));
}

const span = (text: string): Part => ({ text, span: true });
const word = (text: string): Part => ({ text, span: false });

// lower-case words, some of them places' names too ("west", "hope", "union"), so that the recogniser
// finds nothing beyond the spans and the words around them are read for context
const WORDS = ['the', 'village', 'of', 'town', 'west', 'east', 'north', 'south', 'near', 'lies', 'by', 'river', 'lake', 'hope', 'union', 'was', 'named', 'for', 'in', 'a', 'county', 'and', 'mount', 'springfield', 'salem', 'paris', 'texas'];
// small towns with namesakes elsewhere (their readings are weighed mention by mention), and larger places
const PLACES = ['Tabor', 'Tábor', 'Yankton', 'Mitchell', 'Vermillion', 'Pierre', 'Salem', 'Springfield', 'Paris', 'Albany', 'Clark County', 'Texas', 'Ohio', 'Lincoln'];
const part = fc.oneof({ arbitrary: fc.constantFrom(...WORDS).map(word), weight: 3 }, { arbitrary: fc.constantFrom(...PLACES).map(span), weight: 1 });
const sentence = fc.array(part, { minLength: 2, maxLength: 14 }).filter((parts) => parts.some((p) => p.span) && parts.some((p) => !p.span));

describe('geoparse with given spans, on one sentence repeated', { timeout: 300_000 }, () => {
	// found quadratic before (7a07ad2): each repeat of a word around the spans that names places ("west")
	// put those places into the index again, and every mention's question walked all of them
	it('does work linear in the text for sentences whose other words name places', () => {
		for (const parts of [
			[word('the'), word('village'), word('of'), span('Tabor'), word('lies'), word('west'), word('of'), span('Yankton')],
			[word('the'), word('town'), word('of'), span('Lincoln'), word('lies'), word('west'), word('of'), word('springfield'), word('in'), span('Clark County')]
		]) {
			expectLinearWork(parts);
		}
	});
	it('does work linear in the text for random sentences of spans and lower-case words', () => {
		fc.assert(fc.property(sentence, (parts) => void expectLinearWork(parts)), { numRuns: 12, endOnFailure: true });
	});
});
