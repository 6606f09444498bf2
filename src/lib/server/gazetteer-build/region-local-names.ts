// The names ISO 3166-2 gives subdivisions, in their own language and its official romanisation ("Toscana",
// "Catalunya", "Attikí", "Bizkaia"; via the iso-3166 package, MIT), added to the regions of those codes:
// news and Wikipedia write them beside the English ones. One source is enough here: the standard's name
// is the official one, where the English names need two sources to agree (region-names.ts).
import { isLatinName, nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';
import { withoutTownNames, type AddedRegionName } from './region-names.ts';

/** One subdivision as the iso-3166 package lists it: its code, its parent (country or region) and its name. */
export interface IsoSubdivision {
	code: string;
	parent: string;
	name: string;
}

// a word that joins or links ("kai", "y", "de"): a name does not end in one unless it was cut short
const CONNECTIVE = /\s(?:and|kai|y|i|e|et|und|de|del|da|di|do|du|din|of)$/i;
// a region of fewer people (Malta's local councils) is named in English text by the name it has: its
// other name is more often a person's or another place's ("Isla")
const LOCAL_NAME_PEOPLE = 10_000;
// a list of several places in one name ("San Andrés, Providencia y Santa Catalina")
const LIST = /\s(?:and|y|i|e|et|und|kai)\s/i;

/**
 * The names one ISO entry spells: a note in brackets goes ("Diekirch (de, lb)"); "A / B" is two names;
 * "Asturias, Principado de" and "Valenciana, Comunidad" are the standard's sorting order of "Principado de
 * Asturias" and "Comunidad Valenciana" (what follows the comma ends in a small word, or is one word);
 * "Valle d'Aosta, Vallée d'Aoste" is the name in two languages.
 */
export function isoNameForms(name: string): string[] {
	const plain = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
	const forms: string[] = [];
	for (const part of plain.split(' / ')) {
		const comma = part.indexOf(', ');
		if (comma < 0) {
			forms.push(part);
			continue;
		}
		const [head, tail] = [part.slice(0, comma), part.slice(comma + 2)];
		if (LIST.test(part)) continue;
		const lastWord = tail.split(' ').at(-1)!;
		if (lastWord === lastWord.toLowerCase() || /^\p{L}+$/u.test(tail)) forms.push(`${tail} ${head}`);
		else forms.push(head, tail);
	}
	// (not one cut short: "Khanty-", or a phrase that starts in lower case)
	return forms.filter((form) => form.length > 2 && isLatinName(form) && /^\p{Lu}/u.test(form) && !CONNECTIVE.test(form) && !/[,/]|-$/.test(form));
}

/**
 * Adds each region's ISO name forms, where the other sources agree that its code is that region
 * (`codeMeansRegion`), except one that is another region's name in the same country (a code
 * the package gives another region than the standard does), a country's name, a first name ("Isla"),
 * English words only ("North-West", "Capital Territory": what text means by them is rarely that region),
 * or a town's name in the region's country (Firenze is Florence, not its province: withoutTownNames).
 */
export function addLocalNames(
	regions: DraftPlace[],
	subdivisions: readonly IsoSubdivision[],
	cities: readonly DraftPlace[],
	countryNames: ReadonlySet<string>,
	isWord: (name: string) => boolean,
	isFirstName: (name: string) => boolean,
	codeMeansRegion: (iso: string, region: DraftPlace) => boolean
): AddedRegionName[] {
	const byCode = new Map<string, string[]>();
	for (const entry of subdivisions) byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), ...isoNameForms(entry.name)]);
	// each name of a region, by country: a name of one region is not another's
	const owners = new Map<string, Set<DraftPlace>>();
	for (const region of regions) {
		for (const name of region.names) {
			const key = `${region.country}|${nameKey(name)}`;
			owners.set(key, (owners.get(key) ?? new Set()).add(region));
		}
	}
	const proposed: { region: DraftPlace; names: string[] }[] = [];
	for (const region of regions) {
		const iso = region.id.slice('adm1:'.length);
		if (region.population < LOCAL_NAME_PEOPLE || !codeMeansRegion(iso, region)) continue;
		const forms = byCode.get(iso) ?? [];
		const known = new Set([...region.names].map(nameKey));
		const names: string[] = [];
		for (const form of forms) {
			const key = nameKey(form);
			if (known.has(key) || countryNames.has(key) || isFirstName(form) || form.split(/[\s-]+/).every(isWord)) continue;
			if ([...(owners.get(`${region.country}|${key}`) ?? [])].some((owner) => owner !== region)) continue;
			known.add(key);
			names.push(form);
		}
		if (names.length > 0) proposed.push({ region, names });
	}
	return withoutTownNames(proposed, cities);
}
