// A town before "analyst" is a research firm's name where no other name of the text places the town: the names that
// may place a town are found once a text for each town (JudgeContext.namesPlacing), so judging a text that repeats
// "said Kelowna analyst Jane Doe" n times reads its candidates once, not n times (8,000 repeats of the sentence took
// 42 s before, against 3.5 s for its like without the town). Written for these tests (none copied).
import { describe, expect, it } from 'vitest';
import { researchFirmCue } from '../../src/lib/geoparse/firm-cues.ts';
import { judgeContext } from '../../src/lib/geoparse/judge.ts';
import { countedCandidatesOf } from '../helpers/counted-candidates.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

describe('research firms named like towns', () => {
	it('read the text’s candidates once for a town however often the text repeats it', async () => {
		const gazetteer = await testGazetteer();
		const text = 'Prices fell, said Kelowna analyst Jane Doe in Lyon. '.repeat(50);
		const { tokens, candidates, candidateAt } = countedCandidatesOf(text, gazetteer);
		const { namesPlacing } = judgeContext(text, tokens, gazetteer, candidateAt);
		const firms = candidates.filter((candidate) => researchFirmCue(candidate, gazetteer.places[candidate.places[0]!]!, tokens, namesPlacing));
		// every Kelowna is the firm (Lyon places it not), read from one scan
		expect(firms).toHaveLength(50);
		expect(candidateAt.scans).toBe(1);
	});
});
