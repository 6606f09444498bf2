// A probe of the Wikipedia-about-small-places kind of text (WikToR, Gritta et al. 2017: the opening of an
// article about a place whose name a more important place also bears; only the subject is gold), built
// from the shipped gazetteer itself, not a list of cases: `node --import tsx tests/bench/subject-probe.ts
// [--size N] [--seed S] [--list]`. It takes every settlement whose exact name a more important place
// elsewhere (over 161 km away, and outside the deepest parent the text names: two towns of one county
// are no test of reading the parents) also bears: a country, a first-level region, a capital, a bigger
// city in another country or a bigger city in its own. From a fixed-seed sample of them it writes three texts
// naming the place's parents as the gazetteer knows them:
//   opening     "X is a city in Y County, State, United States." (US towns whose county is known)
//               "X is a village in Region, Country." (elsewhere)
//   running     "The fair was held in X, Region, last summer." (the "X, State" of running text)
//   population  the opening, then "The population was N at the 2010 census."
// It geoparses each and counts the subject (the mention at the text's start) right when it lands within
// 161 km of the entry; by form, by the kind of the more important homonym, and by the subject's country,
// with what the wrong ones went to. A measurement of general behaviour, not a test suite: its cases are no
// golden expectations (--list prints the misses to read).
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import type { Gazetteer, GazetteerPlace } from '../../src/lib/gazetteer/types.ts';
import { kilometres, regionCodeShared } from '../../src/lib/geoparse/qualifies.ts';
import { seededRandom } from '../../src/lib/topics/random.ts';

const RIGHT_KM = 161;
const argument = (flag: string, fallback: number) => {
	const at = process.argv.indexOf(flag);
	return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const SIZE = argument('--size', 2000);
const SEED = argument('--seed', 23);
const LIST = process.argv.includes('--list');

// the classes of more important homonym, strongest first: a subject is tallied under its strongest one
const CLASSES = ['country', 'region', 'capital', 'bigger city abroad', 'bigger city at home'] as const;
type HomonymClass = (typeof CLASSES)[number];

function homonymClass(subject: GazetteerPlace, other: GazetteerPlace): HomonymClass | null {
	if (other.kind === 'country') return 'country';
	if (other.kind === 'region' && other.featureCode === 'ADM1') return 'region';
	if (other.kind !== 'city' || other.population <= subject.population) return null;
	if (other.featureCode === 'PPLC') return 'capital';
	return other.country === subject.country ? 'bigger city at home' : 'bigger city abroad';
}

interface Subject {
	place: GazetteerPlace;
	homonym: HomonymClass;
	/** the parents' names, nearest first, ending with the country's */
	parents: string[];
	/** the parent a running text names after the place: the US state, elsewhere the region (or country); null when it does not tell */
	runningParent: string | null;
}

function subjects(gazetteer: Gazetteer): Subject[] {
	const byName = new Map<string, number[]>();
	gazetteer.places.forEach((place, index) => {
		const list = byName.get(place.name);
		if (list) list.push(index);
		else byName.set(place.name, [index]);
	});
	// a region by its towns' codes: a second-level division kept as a region ("Somerset", "Cantal") by
	// admin1 and admin2, a state or province by admin1 where its code is the one its towns carry; a town
	// whose region the codes do not tell is named in its country alone (a wrong parent would be a false miss)
	const regionName = new Map<string, string>();
	const countyName = new Map<string, string>();
	for (const place of gazetteer.places) {
		if (place.kind === 'region' && place.featureCode === 'ADM1' && place.admin2) regionName.set(`${place.country}.${place.admin1}.${place.admin2}`, place.name);
		else if (place.kind === 'region' && place.featureCode === 'ADM1' && regionCodeShared(place, gazetteer)) regionName.set(`${place.country}.${place.admin1}`, place.name);
		if (place.featureCode === 'ADM2' && place.admin2) countyName.set(`${place.country}.${place.admin1}.${place.admin2}`, place.name);
	}
	const found: Subject[] = [];
	for (const place of gazetteer.places) {
		if (place.kind !== 'city' || place.featureCode === 'PPLC' || !place.country) continue;
		const county = place.country === 'US' && place.admin2 ? countyName.get(`US.${place.admin1}.${place.admin2}`) : undefined;
		const division = regionName.get(`${place.country}.${place.admin1}.${place.admin2}`);
		const region = division ?? regionName.get(`${place.country}.${place.admin1}`);
		const country = gazetteer.countryNames.get(place.country);
		if (!country || region === place.name) continue;
		// the deepest parent the text names: a town with a homonym far off within it is one the text cannot tell
		const sameParent = (other: GazetteerPlace) =>
			other.country === place.country && (!region || other.admin1 === place.admin1) && (!(county || division) || other.admin2 === place.admin2);
		// the running form names the region alone: a homonym far off in the same region makes it untellable
		const sameRegion = (other: GazetteerPlace) => other.country === place.country && (!region || other.admin1 === place.admin1) && (!division || other.admin2 === place.admin2);
		let strongest: number = CLASSES.length;
		let untellable = false;
		let runningTellable = true;
		for (const index of byName.get(place.name) ?? []) {
			const other = gazetteer.places[index]!;
			if (other === place || kilometres(place, other) < RIGHT_KM) continue;
			if (other.kind === 'city' && sameParent(other)) untellable = true;
			if (other.kind === 'city' && sameRegion(other)) runningTellable = false;
			const kind = homonymClass(place, other);
			if (kind) strongest = Math.min(strongest, CLASSES.indexOf(kind));
		}
		if (strongest === CLASSES.length || untellable) continue;
		const parents = [county, region, country].filter((name): name is string => !!name);
		found.push({ place, homonym: CLASSES[strongest]!, parents, runningParent: runningTellable ? (parents.at(-2) ?? country) : null });
	}
	return found;
}

const settlementWord = (population: number) => (population >= 10000 ? 'city' : population >= 2000 ? 'town' : 'village');

/** the probe's texts for one subject, by form: each starts with the subject's name */
function texts({ place, parents, runningParent }: Subject): [string, string][] {
	const opening = `${place.name} is a ${settlementWord(place.population)} in ${parents.join(', ')}.`;
	const population = place.population > 0 ? ` The population was ${place.population.toLocaleString('en-US')} at the 2010 census.` : '';
	const forms: [string, string][] = [
		['opening', opening],
		['population', opening + population]
	];
	if (runningParent) forms.push(['running', `${place.name}, ${runningParent}, held its fair last summer, and the town council met in ${place.name} again in May.`]);
	return forms;
}

interface Tally {
	right: number;
	wrong: number;
	missed: number;
}
const tallies = new Map<string, Tally>();
function count(line: string, outcome: keyof Tally) {
	const tally = tallies.get(line) ?? { right: 0, wrong: 0, missed: 0 };
	tally[outcome]++;
	tallies.set(line, tally);
}

const gazetteer = await loadGazetteer();
const all = subjects(gazetteer);
const random = seededRandom(SEED);
// a partial Fisher-Yates shuffle: the first SIZE of a fixed permutation
for (let i = 0; i < Math.min(SIZE, all.length); i++) {
	const j = i + Math.floor(random() * (all.length - i));
	[all[i], all[j]] = [all[j]!, all[i]!];
}
const sample = all.slice(0, SIZE);
const wentTo = new Map<string, number>();
const started = performance.now();
let textCount = 0;
for (const subject of sample) {
	for (const [form, text] of texts(subject)) {
		textCount++;
		const mention = geoparse(text, gazetteer, { includeEmbedded: false }).find((t) => t.start === 0);
		const outcome: keyof Tally = !mention ? 'missed' : kilometres(mention, subject.place) < RIGHT_KM ? 'right' : 'wrong';
		for (const line of [`form ${form}`, `homonym ${subject.homonym}`, `country ${subject.place.country}`, `form×homonym ${form} / ${subject.homonym}`]) count(line, outcome);
		count('all', outcome);
		if (outcome === 'wrong' && mention) {
			const where = `${subject.homonym} → ${mention.kind}${mention.country === subject.place.country ? ' at home' : ' abroad'}`;
			wentTo.set(where, (wentTo.get(where) ?? 0) + 1);
		}
		if (LIST && outcome !== 'right') {
			console.log(`  ${outcome.padEnd(6)} ${subject.homonym.padEnd(19)} «${text}» → ${mention ? `${mention.placeName} ${mention.kind} ${mention.country} ${gazetteer.places[gazetteer.byId.get(mention.placeId) ?? -1]?.admin1 ?? ''} [${mention.reasons.join(',')}]` : '-'}`);
		}
	}
}
const seconds = (performance.now() - started) / 1000;

const share = ({ right, wrong, missed }: Tally) => right / (right + wrong + missed);
const row = (line: string, tally: Tally) =>
	`${line.padEnd(44)} ${share(tally).toFixed(3)}  right ${String(tally.right).padStart(5)}  wrong ${String(tally.wrong).padStart(5)}  missed ${String(tally.missed).padStart(4)}`;
console.log(`subject probe: ${sample.length} of ${all.length} settlements sharing a more important place's name (seed ${SEED}), ${(textCount / seconds).toFixed(0)} texts/s`);
const lines = [...tallies.entries()];
for (const prefix of ['all', 'form ', 'homonym ', 'form×homonym ']) {
	for (const [line, tally] of lines.filter(([l]) => (prefix === 'all' ? l === 'all' : l.startsWith(prefix)))) console.log(row(line, tally));
}
console.log('worst countries (at least 30 texts):');
const countries = lines.filter(([l, t]) => l.startsWith('country ') && t.right + t.wrong + t.missed >= 30).sort((a, b) => share(a[1]) - share(b[1]));
for (const [line, tally] of countries.slice(0, 12)) console.log(row(line, tally));
console.log('where the wrong ones went:');
for (const [where, n] of [...wentTo].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${where}`);
