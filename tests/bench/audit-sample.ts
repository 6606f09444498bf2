// A hand audit of the map on real, unannotated news: geoparses the BBC set (../shared/eval/bbc-topics.jsonl,
// 1,891 articles of 2004–05; the BBC's texts, read from there and never copied into the repo) and draws K of
// the toponyms the map would show (isMappable) at random, seeded, each with ~200 characters of context, the
// place it was resolved to (name, country, admin1, kind, point), the recogniser's verdict (`why`) and the
// resolution's reasons:
//   node --import tsx tests/bench/audit-sample.ts --seed N --size K [--tsv OUT.tsv]
// --tsv also writes the sample as a verdict sheet (doc, start, end, … and an empty verdict column) to judge
// by hand: R right place (161 km; a country or region 800 km), W wrong place (a namesake), N no place (a
// person, firm, team, product, common word). The sheet quotes the texts: keep it outside the repo.
//   node --import tsx tests/bench/audit-sample.ts --verdicts SHEET.tsv
// re-reads a judged sheet with the code as it is now: for each sampled toponym, whether it is still mapped
// and where, and the sample's precision before (the sheet's verdicts) and now (a toponym no longer mapped
// leaves the count; one mapped elsewhere is judged by distance from the place judged right, or is unknown).
// (Only the sampled toponyms are re-read: places the change newly maps are not in the sample.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoparse, recognise, type Toponym } from '../../src/lib/geoparse/index.ts';
import { isMappable } from '../../src/lib/corpus/document.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/types.ts';
import { seededRandom } from '../../src/lib/topics/random.ts';
import { EVAL_FILE } from '../helpers/gazetteer.ts';
import { kilometres } from '../helpers/kilometres.ts';

interface Article {
	id: string;
	text: string;
	category: string;
}

const BBC_FILE = join(EVAL_FILE, '..', 'bbc-topics.jsonl');
const CONTEXT = 100;
const RIGHT_KM = 161;
const AREA_KM = 800;

const argument = (flag: string): string | undefined => {
	const at = process.argv.indexOf(flag);
	return at >= 0 ? process.argv[at + 1] : undefined;
};

if (!existsSync(BBC_FILE)) {
	console.log(`SKIPPED: audit-sample needs ${BBC_FILE}, which is not here (a clone without ../shared)`);
	process.exit(0);
}
const articles = readFileSync(BBC_FILE, 'utf8')
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as Article);
const gazetteer = await loadGazetteer();

/** The recogniser's verdict (`why`) on the candidate starting at each offset, as geoparse reads it. */
function verdictsByStart(text: string, gazetteer: Gazetteer): Map<number, string> {
	const { candidates, verdicts } = recognise(text, gazetteer);
	return new Map(candidates.map((candidate, i) => [candidate.start, verdicts[i]!.why]));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
function contextOf(text: string, t: { start: number; end: number }): string {
	const before = text.slice(Math.max(0, t.start - CONTEXT), t.start);
	const after = text.slice(t.end, t.end + CONTEXT);
	return oneLine(`${before}[[${text.slice(t.start, t.end)}]]${after}`);
}
function admin1Of(toponym: Toponym): string {
	const index = gazetteer.byId.get(toponym.placeId);
	return (index === undefined ? null : gazetteer.places[index]!.admin1) ?? '';
}
const COLUMNS = ['n', 'doc', 'category', 'start', 'end', 'name', 'placeId', 'placeName', 'country', 'admin1', 'kind', 'lat', 'lon', 'why', 'reasons', 'verdict', 'class', 'context'];

const sheet = argument('--verdicts');
if (sheet) reread(sheet);
else draw(Number(argument('--seed') ?? NaN), Number(argument('--size') ?? 150), argument('--tsv'));

function draw(seed: number, size: number, tsv: string | undefined): void {
	if (!Number.isInteger(seed)) throw new Error('usage: audit-sample.ts --seed N --size K [--tsv OUT.tsv] | --verdicts SHEET.tsv');
	const mapped: { article: Article; toponym: Toponym }[] = [];
	for (const article of articles) for (const toponym of geoparse(article.text, gazetteer)) if (isMappable(toponym)) mapped.push({ article, toponym });
	// a partial Fisher–Yates shuffle: the first K of a seeded permutation
	const random = seededRandom(seed);
	const take = Math.min(size, mapped.length);
	for (let i = 0; i < take; i++) {
		const j = i + Math.floor(random() * (mapped.length - i));
		[mapped[i], mapped[j]] = [mapped[j]!, mapped[i]!];
	}
	const sample = mapped.slice(0, take).sort((a, b) => a.article.id.localeCompare(b.article.id) || a.toponym.start - b.toponym.start);
	const whys = new Map<string, Map<number, string>>();
	const rows = sample.map(({ article, toponym }, n) => {
		let byStart = whys.get(article.id);
		if (!byStart) whys.set(article.id, (byStart = verdictsByStart(article.text, gazetteer)));
		return {
			n: String(n + 1),
			doc: article.id,
			category: article.category,
			start: String(toponym.start),
			end: String(toponym.end),
			name: toponym.name,
			placeId: toponym.placeId,
			placeName: toponym.placeName,
			country: toponym.country ?? '',
			admin1: admin1Of(toponym),
			kind: toponym.kind,
			lat: toponym.lat.toFixed(3),
			lon: toponym.lon.toFixed(3),
			why: byStart.get(toponym.start) ?? '',
			reasons: toponym.reasons.join(','),
			verdict: '',
			class: '',
			context: contextOf(article.text, toponym)
		};
	});
	console.log(`${mapped.length} mapped toponyms in ${articles.length} articles; seed ${seed}, ${take} drawn`);
	for (const r of rows) {
		console.log(`\n#${r.n} ${r.doc} (${r.category}) "${r.name}" -> ${r.placeName}, ${r.admin1 || '-'}, ${r.country || '-'} [${r.kind}] ${r.lat},${r.lon}  why=${r.why} reasons=${r.reasons}`);
		console.log(`   ${r.context}`);
	}
	if (tsv) {
		const cells = (r: Record<string, string>) => COLUMNS.map((c) => (r[c] ?? '').replace(/[\t\n]/g, ' ')).join('\t');
		writeFileSync(tsv, [COLUMNS.join('\t'), ...rows.map(cells)].join('\n') + '\n');
		console.log(`\nverdict sheet -> ${tsv}`);
	}
}

function reread(file: string): void {
	const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
	const columns = header!.split('\t');
	const rows = lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i]!, cell])) as Record<string, string>);
	const byId = new Map(articles.map((a) => [a.id, a]));
	const parsed = new Map<string, Toponym[]>();
	const tally = { before: { right: 0, judged: 0 }, now: { right: 0, judged: 0, unknown: 0 }, unmapped: { R: 0, W: 0, N: 0 } as Record<string, number>, moved: 0 };
	const classes = new Map<string, { all: number; gone: number }>();
	for (const row of rows) {
		const verdict = row.verdict?.trim().toUpperCase() ?? '';
		if (!['R', 'W', 'N'].includes(verdict)) continue;
		const article = byId.get(row.doc!);
		if (!article) continue;
		let toponyms = parsed.get(article.id);
		if (!toponyms) parsed.set(article.id, (toponyms = geoparse(article.text, gazetteer).filter(isMappable)));
		const start = Number(row.start);
		const end = Number(row.end);
		const now = toponyms.find((t) => t.start < end && start < t.end);
		tally.before.judged++;
		if (verdict === 'R') tally.before.right++;
		const kind = verdict === 'R' ? 'right' : (row.class || verdict);
		const cls = classes.get(kind) ?? { all: 0, gone: 0 };
		cls.all++;
		classes.set(kind, cls);
		if (!now) {
			tally.unmapped[verdict]!++;
			cls.gone++;
			console.log(`unmapped now  [${verdict}] #${row.n} ${row.doc} "${row.name}" (${row.class ?? ''})`);
			continue;
		}
		tally.now.judged++;
		if (now.placeId === row.placeId || (now.lat.toFixed(3) === row.lat && now.lon.toFixed(3) === row.lon)) {
			if (verdict === 'R') tally.now.right++;
			continue;
		}
		tally.moved++;
		const km = kilometres([now.lat, now.lon], [Number(row.lat), Number(row.lon)]);
		const limit = now.kind === 'country' || now.kind === 'region' ? AREA_KM : RIGHT_KM;
		if (verdict === 'R' && km <= limit) tally.now.right++;
		else if (verdict !== 'N') tally.now.unknown++;
		console.log(`moved         [${verdict}] #${row.n} ${row.doc} "${row.name}" ${row.placeName}, ${row.country} -> ${now.placeName}, ${now.country ?? '-'} (${Math.round(km)} km)`);
	}
	const share = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
	console.log(`\nbefore: ${tally.before.right}/${tally.before.judged} right (precision ${share(tally.before.right, tally.before.judged)})`);
	console.log(`now:    ${tally.now.right}/${tally.now.judged} right (precision ${share(tally.now.right, tally.now.judged)}); ${tally.moved} moved (${tally.now.unknown} of them to judge again); unmapped: ${tally.unmapped.R} right, ${tally.unmapped.W} wrong place, ${tally.unmapped.N} no place`);
	for (const [kind, { all, gone }] of [...classes].sort((a, b) => b[1].all - a[1].all)) console.log(`  ${kind.padEnd(28)} ${all} judged, ${gone} unmapped now`);
}
