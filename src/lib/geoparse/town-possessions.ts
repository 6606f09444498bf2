// "Walnut Grove's Main Street", "Thomaston's First Methodist", "Ruleville's First Baptist Church": what only a town
// owns, written after its name in the possessive, its main street and its "First" church of a denomination. Other
// capitalised nouns after a small place's possessive name a site or a firm ("Eva's Village": other-names.ts).
import type { Token } from './tokens.ts';

const MAIN_STREET_HEADS = new Set(['Street', 'St']);
// the churches a town numbers by foundation: "First Baptist", "First United Methodist", "First Church"
const FIRST_CHURCHES = new Set(['Baptist', 'Methodist', 'United', 'Presbyterian', 'Lutheran', 'Congregational', 'Christian', 'Church', 'Assembly', 'Evangelical', 'Reformed', 'Episcopal']);

/** The capitalised words at `owned` name a town's main street or its First church. */
export function ownedOnlyByTown(tokens: readonly Token[], owned: number): boolean {
	const word = tokens[owned];
	const head = tokens[owned + 1];
	if (!word || !head || head.gapBefore !== ' ') return false;
	if (word.text === 'Main') return MAIN_STREET_HEADS.has(head.text);
	return word.text === 'First' && FIRST_CHURCHES.has(head.text);
}
