// The usage geoparse gives each occurrence of a name in a text: what the geoparse specs about one reading assert.
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';

/** The usage of each occurrence of `name` in the text, in order ("-" where it is not read). */
export function usagesOfEach(text: string, name: string, gazetteer: Gazetteer): string[] {
	const found = geoparse(text, gazetteer);
	const out: string[] = [];
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push(found.find((t) => t.start === at)?.usage ?? '-');
	return out;
}
