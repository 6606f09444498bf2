// Golden files for each stage of the geoparser on short texts written for these tests:
// tokens → candidates → verdicts → toponyms. `REGEN=1` rewrites them; review the diff by eye.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { findCandidates } from '../../src/lib/geoparse/candidates.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { judgeCandidate, judgeContext } from '../../src/lib/geoparse/judge.ts';
import { tokenize } from '../../src/lib/geoparse/tokens.ts';
import { expectGolden } from '../helpers/golden.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const FOLDER = join(import.meta.dirname, '..', 'golden', 'geoparse', 'stages');
const cases = readdirSync(FOLDER).filter((f) => f.endsWith('.txt'));

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe.each(cases)('geoparse stages on %s', (file) => {
	const text = readFileSync(join(FOLDER, file), 'utf8');
	const golden = (stage: string) => join(FOLDER, file.replace(/\.txt$/, `.${stage}.json`));

	it('tokens', () => {
		const tokens = tokenize(text).map((t) => `${t.text}${t.sentenceStart ? ' ^' : ''}${t.allCaps ? ' CAPS' : ''}`);
		expectGolden(golden('tokens'), tokens);
	});

	it('candidates and verdicts', () => {
		const tokens = tokenize(text);
		const candidates = findCandidates(text, tokens, gazetteer);
		const candidateAt = new Map(candidates.map((c) => [c.first, c]));
		const rows = candidates.map((c) => {
			const verdict = judgeCandidate(c, judgeContext(text, tokens, gazetteer, candidateAt));
			const place = gazetteer.places[c.places[0]!]!;
			return {
				span: text.slice(c.start, c.end),
				via: c.via,
				homonyms: c.places.length,
				best: `${place.id} ${place.name}`,
				verdict: verdict.keep ? `${verdict.usage} (${verdict.why})` : `rejected (${verdict.why})`
			};
		});
		expectGolden(golden('candidates'), rows);
	});

	it('toponyms', () => {
		const toponyms = geoparse(text, gazetteer).map((t) => ({
			name: t.name,
			start: t.start,
			place: `${t.placeId} ${t.placeName}`,
			kind: t.kind,
			country: t.country,
			usage: t.usage,
			reasons: t.reasons,
			...(t.geometry ? { geometry: t.geometry.type } : {})
		}));
		expectGolden(golden('toponyms'), toponyms);
	});
});
