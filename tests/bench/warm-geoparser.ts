// What the warm-geoparser benches (geoparse-profile.ts, geoparse-allocations.ts) set up alike: GeoWebNews's
// texts, the gazetteer, and passes over the texts that each start without remembered names (as the speed
// bench's do), run until the code is warm before anything is measured.
import { readFileSync } from 'node:fs';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { forgetRememberedNames } from '../../src/lib/geoparse/name-lookup.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { EVAL_FILE } from '../helpers/gazetteer.ts';

/** The command line's value after `name` (`--passes 30`), if given. */
export const option = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

export interface WarmGeoparser {
	texts: string[];
	/** One pass over every text, starting without remembered names. */
	passOverTexts: () => void;
}

/** Loads the texts and the gazetteer and runs `warmPasses` passes before returning. */
export async function warmGeoparser(warmPasses: number): Promise<WarmGeoparser> {
	const texts = readFileSync(EVAL_FILE, 'utf8')
		.trim()
		.split('\n')
		.map((line) => (JSON.parse(line) as { text: string }).text);
	const gazetteer = await loadGazetteer();
	const passOverTexts = () => {
		forgetRememberedNames(gazetteer);
		for (const text of texts) geoparse(text, gazetteer);
	};
	for (let pass = 0; pass < warmPasses; pass++) passOverTexts();
	return { texts, passOverTexts };
}
