// The share of recognised toponyms within 161 km of the true point on the texts written in the styles of
// the issue's hidden sets (tests/geoparse/genre-texts.ts), by genre, with every miss listed:
// `node --import tsx tests/bench/genre-accuracy.ts [--all] [--held-out | --held-out-FLAG] [--a-only]` (--all also
// lists the right ones; --held-out scores every batch kept out of tuning, a batch's flag that batch alone: the
// batches and their flags are in tests/bench/held-out-batches.ts; --a-only leaves out the B halves, so one tuning on
// a batch's A half never sees its B half's misses).
// A name a text lists as no place (notPlaces: "Ebola", "West Nile", the "Victoria" of a strain) that is mapped
// is a false place: listed, and counted on its line apart from the graded toponyms.
// In the batches marked so (the stubs), a toponym lying inside a longer gold name ("Aveyron" of
// "Sévérac-d'Aveyron", "Anjou" of "Doué-en-Anjou") is WRONG: that name is one place, not two.
// A country or region is right within 800 km of the point given for it: those points are the
// writer's, not the gazetteer's, and a big region's centre is a matter of choice.
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { GENRE_TEXTS, type GenreText } from '../geoparse/genre-texts.ts';
import { HELD_OUT_UNLISTED } from '../geoparse/held-out-unlisted.ts';
import { gazetteerWithout, placesNamedNear } from '../helpers/unlisted-gazetteer.ts';
import { kilometres } from '../helpers/kilometres.ts';

const RIGHT_KM = 161;
const AREA_KM = 800;

const all = process.argv.includes('--all');
// --held-out-unlisted: the ablation batch, its subjects hidden from the gazetteer (tests/geoparse/held-out-unlisted.ts)
const unlisted = process.argv.includes('--held-out-unlisted');
const loaded = await loadGazetteer();
const gazetteer = unlisted ? gazetteerWithout(loaded, new Set(HELD_OUT_UNLISTED.flatMap((t) => Object.entries(t.gold).flatMap(([name, point]) => placesNamedNear(loaded, name, point))))) : loaded;
const tally = new Map<string, { right: number; graded: number; unmapped: number; falsePlaces: number }>();
// Each text with the line it is tallied on: its genre, and for the held-out batches which batch.
const batch = (texts: GenreText[], suffix: string, partsAreWrong = false) =>
	texts.map((t) => ({ ...t, line: t.genre + suffix, partsAreWrong }));
// whether the span start..end lies inside an occurrence of a longer gold name
function insideLongerGoldName(text: string, gold: Record<string, [number, number]>, name: string, start: number, end: number): boolean {
	for (const longer of Object.keys(gold)) {
		if (longer.length <= name.length || !longer.includes(name)) continue;
		for (let at = text.indexOf(longer); at >= 0; at = text.indexOf(longer, at + 1)) {
			if (at <= start && end <= at + longer.length) return true;
		}
	}
	return false;
}
// each held-out batch: the flag that scores it alone, its texts, the suffix of its line
import { HELD_OUT_BATCHES } from './held-out-batches.ts';
// a flag scores its batch alone; a batch split in halves has one entry per half under the same flag
const aOnly = process.argv.includes('--a-only');
const batches = HELD_OUT_BATCHES.filter(([, , suffix]) => !(aOnly && suffix.endsWith(' B')));
const alone = batches.filter(([flag]) => process.argv.includes(flag));
const texts = unlisted
	? batch(HELD_OUT_UNLISTED, ' unlisted')
	: alone.length > 0
	? alone.flatMap(([, batchTexts, suffix, partsAreWrong]) => batch(batchTexts, suffix, partsAreWrong))
	: process.argv.includes('--held-out')
		? batches.flatMap(([, batchTexts, suffix, partsAreWrong]) => batch(batchTexts, suffix, partsAreWrong))
		: batch(GENRE_TEXTS, '');
for (const { genre, line, text, gold, notPlaces, partsAreWrong } of texts) {
	const counts = tally.get(line) ?? { right: 0, graded: 0, unmapped: 0, falsePlaces: 0 };
	tally.set(line, counts);
	const toponyms = geoparse(text, gazetteer, { includeEmbedded: false });
	const found = new Set(toponyms.map((t) => t.name));
	for (const t of toponyms) {
		const longerName = partsAreWrong && insideLongerGoldName(text, gold, t.name, t.start, t.end);
		const truth = gold[t.name] ?? (longerName ? [0, 0] : undefined);
		if (!truth && notPlaces?.includes(t.name)) {
			counts.falsePlaces++;
			console.log(`  FALSE     ${genre}: ${t.name} → ${t.placeName} ${t.kind} ${t.country} [${t.reasons.join(',')}]  «${text.slice(0, 50)}»`);
			continue;
		}
		if (!truth) {
			console.log(`  ungraded  ${genre}: ${t.name} → ${t.placeName} ${t.country}`);
			continue;
		}
		const km = kilometres([t.lat, t.lon], truth);
		const part = partsAreWrong && insideLongerGoldName(text, gold, t.name, t.start, t.end);
		const right = !part && (km < RIGHT_KM || ((t.kind === 'country' || t.kind === 'region') && km < AREA_KM));
		counts.graded++;
		if (right) counts.right++;
		if (!right || all) console.log(`  ${right ? 'right' : 'WRONG'}     ${genre}: ${t.name} → ${t.placeName} ${t.kind} ${t.country} ${Math.round(km)} km${part ? ' (part of a longer name)' : ''} [${t.reasons.join(',')}]  «${text.slice(0, 50)}»`);
	}
	for (const name of Object.keys(gold)) {
		if (found.has(name)) continue;
		counts.unmapped++;
		if (all) console.log(`  unmapped  ${genre}: ${name}  «${text.slice(0, 50)}»`);
	}
}
let right = 0;
let graded = 0;
for (const [genre, counts] of tally) {
	right += counts.right;
	graded += counts.graded;
	console.log(`${genre.padEnd(19)} ${counts.right}/${counts.graded} within ${RIGHT_KM} km = ${(counts.right / counts.graded).toFixed(3)}; ${counts.unmapped} named places not mapped${counts.falsePlaces ? `; ${counts.falsePlaces} names of no place mapped` : ''}`);
}
console.log(`${'all'.padEnd(19)} ${right}/${graded} = ${(right / graded).toFixed(3)}`);
