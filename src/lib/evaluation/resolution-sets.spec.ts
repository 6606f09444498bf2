import { describe, expect, it } from 'vitest';
import type { Toponym } from '../contracts.ts';
import { errorReport, formatErrorReport } from './error-report.ts';
import { summarizeDistances } from './metrics.ts';
import { scoreResolutionSet, type SubjectDocument } from './resolution-sets.ts';

const text = 'Washington is a town in Hempstead County. Washington grew.';
const doc: SubjectDocument = {
	id: '0',
	text,
	toponyms: [
		{ start: 0, end: 10, name: 'Washington', lat: 33.774, lon: -93.682, title: 'Washington, Arkansas' },
		{ start: 42, end: 52, name: 'Washington', lat: 33.774, lon: -93.682, title: 'Washington, Arkansas' }
	]
};

function at(start: number, end: number, lat: number, lon: number, name = text.slice(start, end)): Toponym {
	return { start, end, name, placeId: 'x', placeName: name, kind: 'city', country: 'US', lat, lon, score: 1, usage: 'literal', reasons: [] };
}

describe('scoreResolutionSet', () => {
	it('counts recall over the subject mentions and accuracy over the matched ones only', () => {
		// the first mention right (Washington, Arkansas), the second missed, and an unannotated place not counted
		const scores = scoreResolutionSet([doc], new Map([['0', [at(0, 10, 33.77, -93.68), at(24, 33, 40.7, -73.6)]]]));
		expect(scores).toMatchObject({ documents: 1, gold: 2, matched: 1, accuracyAt161: 1, medianKm: expect.any(Number) });
		expect(scores.recall).toBeCloseTo(0.5);
	});

	it('scores the capital for the small town as an error', () => {
		const scores = scoreResolutionSet([doc], new Map([['0', [at(0, 10, 38.895, -77.036), at(42, 52, 38.895, -77.036)]]]));
		expect(scores.accuracyAt161).toBe(0);
		expect(scores.medianKm).toBeGreaterThan(1400);
		expect(scores.medianKm).toBeLessThan(1700);
	});

	it('matches a prediction by its text and a midpoint under 10 characters away, case-insensitively', () => {
		const lower = { ...doc, text: text.toLowerCase() };
		const scores = scoreResolutionSet([lower], new Map([['0', [at(1, 11, 33.77, -93.68, 'washington')]]]));
		expect(scores.matched).toBe(1);
	});
});

describe('summarizeDistances', () => {
	it('gives Acc@161 with 161 km inclusive, the median and a zero AUC for perfect answers', () => {
		expect(summarizeDistances(4, [0, 161, 162, 1000])).toMatchObject({ matched: 4, recall: 1, accuracyAt161: 0.5, medianKm: 161.5 });
		expect(summarizeDistances(2, [0, 0]).auc).toBe(0);
		expect(summarizeDistances(3, []).recall).toBe(0);
	});
});

describe('errorReport', () => {
	const gwn = {
		id: 'g',
		text: 'A Google search in Paris.',
		toponyms: [
			{ start: 2, end: 8, name: 'Google', type: 'Non_Toponym', lat: null, lon: null },
			{ start: 19, end: 24, name: 'Paris', type: 'Literal', lat: 48.85, lon: 2.35 }
		]
	};
	const isToponym = (type: string | null | undefined) => type !== 'Non_Toponym';

	it('lists resolutions beyond 161 km, farthest first, and false places by the gold label on their span', () => {
		const predictions = new Map([
			['g', [at(2, 8, 39.05, -95.68, 'Google'), at(19, 24, 33.66, -95.55, 'Paris')]],
			['0', [at(0, 10, 38.895, -77.036)]]
		]);
		const report = errorReport([gwn, doc], predictions, { limit: 10, isToponym });
		expect(report.far.map((f) => f.name)).toEqual(['Paris', 'Washington']);
		expect(report.far[1]).toMatchObject({ gold: 'Washington, Arkansas', doc: '0' });
		expect(report.falsePlaces).toEqual([{ label: 'Non_Toponym · literal city', count: 1, examples: [expect.objectContaining({ name: 'Google' })] }]);
		expect(formatErrorReport('GWN', report)).toContain('Non_Toponym · literal city: 1');
	});

	it('keeps to the limit and reports no false places for subject-only sets', () => {
		const predictions = new Map([['0', [at(0, 10, 38.895, -77.036), at(42, 52, 38.895, -77.036), at(24, 33, 0, 0, 'Hempstead')]]]);
		const report = errorReport([doc], predictions, { limit: 1, isToponym: null });
		expect(report.far).toHaveLength(1);
		expect(report.falsePlaces).toEqual([]);
	});

	it('splits the errors into resolution errors and coverage gaps by the nearest entry of the gold name', () => {
		// two mentions sent to the capital; a third text whose subject the gazetteer lacks, and one unmatched
		const lacking: SubjectDocument = { id: '1', text: 'Rampur is a village.', toponyms: [{ start: 0, end: 6, name: 'Rampur', lat: 25.2, lon: 86.9, title: 'Rampur, Bihar' }] };
		const unmatched: SubjectDocument = { id: '2', text: 'Salem grew.', toponyms: [{ start: 0, end: 5, name: 'Salem', lat: 44.9, lon: -123.0, title: 'Salem, Oregon' }] };
		const predictions = new Map([
			['0', [at(0, 10, 38.895, -77.036), at(42, 52, 38.895, -77.036)]],
			['1', [{ ...at(0, 6, 28.8, 79.0), name: 'Rampur' }]]
		]);
		const homonymKm = (name: string) => (name === 'Washington' ? 3 : name === 'Salem' ? 0 : 400);
		const report = errorReport([doc, lacking, unmatched], predictions, { limit: 10, isToponym: null, homonymKm });
		expect(report.coverage).toEqual({ wrong: 3, resolvable: 2, uncovered: 1, unmatched: 1, unmatchedCovered: 1 });
		expect(formatErrorReport('Hu2014', report)).toContain('3 resolutions beyond 161 km: 2 (67 %) had a gazetteer entry');
		expect(errorReport([doc], predictions, { limit: 10, isToponym: null }).coverage).toBeNull();
	});
});
