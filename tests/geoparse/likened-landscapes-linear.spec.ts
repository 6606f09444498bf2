// The likened-landscape and likened-city tests ask every candidate of the text whether a country or region of it lies
// in a given country: the judge's context gathers the text's lands once (JudgeContext.landsByCountry), so judging a
// text that repeats the shape n times reads the candidates once, not n times (a text of 16,000 "called the Paris."
// took 3.3 s more than its like without the phrase, 5.8 s in all, before it did). Written for these tests (none copied).
import { describe, expect, it } from 'vitest';
import { judgeContext } from '../../src/lib/geoparse/judge.ts';
import { cityLikenedTo, landscapeLikenedToLand } from '../../src/lib/geoparse/likened-landscapes.ts';
import { countedCandidatesOf } from '../helpers/counted-candidates.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

describe('likened landscapes and cities', () => {
	it('read the text’s candidates once however often the text repeats the shape', async () => {
		const gazetteer = await testGazetteer();
		const text = 'In Germany they called the Paris of the north. Rathen lies in Saxon Switzerland. '.repeat(50);
		const { tokens, candidates, candidateAt } = countedCandidatesOf(text, gazetteer);
		const { landsByCountry } = judgeContext(text, tokens, gazetteer, candidateAt);
		let likened = 0;
		for (const candidate of candidates) {
			if (landscapeLikenedToLand(candidate, tokens, gazetteer, landsByCountry)) likened++;
			if (cityLikenedTo(candidate, tokens, gazetteer, landsByCountry)) likened++;
		}
		// every Paris is a city likened to, every Switzerland a landscape: 100 readings, from one scan
		expect(likened).toBe(100);
		expect(candidateAt.scans).toBe(1);
	});
});
