import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import type { Toponym } from '../../lib/contracts.ts';

export const geoparseCommand: Command = {
	name: 'geoparse',
	summary: 'find and resolve the place names in text files or JSON lines',
	usage: 'gazette geoparse [FILE…] | gazette geoparse --jsonl < in.jsonl > out.jsonl',
	help: `
Finds the place names in text and resolves each to a place in the offline gazetteer.

  gazette geoparse FILE…      a readable table of the places in each file
  gazette geoparse --jsonl    reads {"id": "...", "text": "..."} lines on stdin and writes one
                              {"id": "...", "toponyms": [...]} line per input line, in order
  gazette geoparse --jsonl --spans
                              input lines may also carry "spans": [{"start": 0, "end": 6}, ...]
                              (UTF-16 offsets, from your own recogniser): the output resolves
                              exactly those spans, with the rest of the text as context; a span
                              the gazetteer has no name for gives no toponym

Each toponym has start/end (UTF-16 offsets: text.slice(start, end) === name), name, placeId,
placeName, kind, country, lat, lon, score (0..1), usage (literal | associative | embedded: a place
word inside an organisation or treaty name, not a place on the map), reasons, geonameId where
GeoNames has the place, geometry (GeoJSON) for corridors and regions, and with --jsonl up to three
alternatives (placeId, name, country, admin1, population, score): the next most likely places.

A bad input line (not JSON, no "text", with --spans a "spans" that is not a list of offsets inside
the text) is reported on stderr with its line number and skipped;
the exit status is then 3.

options:
  --jsonl            JSON lines on stdin and stdout
  --spans            resolve the "spans" given on each input line (with --jsonl)
  --no-embedded      leave out place words inside organisation and treaty names`,
	options: { jsonl: { type: 'boolean' }, spans: { type: 'boolean' }, 'no-embedded': { type: 'boolean' } },
	async run(args) {
		const { loadGazetteerForCli } = await import('../gazetteer.ts');
		const { geoparse } = await import('../../lib/geoparse/index.ts');
		const options = { includeEmbedded: !args.values['no-embedded'] };
		if (args.values.spans && !args.values.jsonl) throw new CliError('--spans comes with --jsonl (spans are given on each input line)', 2);
		if (args.values.jsonl) {
			if (args.positionals.length) throw new CliError('--jsonl reads standard input; give no files');
			const gazetteer = await loadGazetteerForCli();
			const withSpans = Boolean(args.values.spans);
			return geoparseJsonLines((text, spans) => geoparse(text, gazetteer, { ...options, alternatives: JSONL_ALTERNATIVES, ...(spans ? { spans } : {}) }), withSpans);
		}
		if (args.positionals.length === 0) throw new CliError('give one or more text files, or --jsonl to read JSON lines on stdin', 2);
		const texts = await Promise.all(
			args.positionals.map((path) =>
				readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
					throw new CliError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
				})
			)
		);
		const gazetteer = await loadGazetteerForCli();
		args.positionals.forEach((path, i) => process.stdout.write(formatTable(path, geoparse(texts[i]!, gazetteer, options))));
		return 0;
	}
};

// enough for a user interface to offer a correction, few enough to keep output small
const JSONL_ALTERNATIVES = 3;

type Span = { start: number; end: number };

/** The "spans" of an input line, or a reason they are unusable. */
function readSpans(value: unknown, text: string): Span[] | string {
	if (value === undefined) return [];
	if (!Array.isArray(value)) return '"spans" is not a list';
	for (const span of value as unknown[]) {
		const { start, end } = (span ?? {}) as { start?: unknown; end?: unknown };
		if (!Number.isInteger(start) || !Number.isInteger(end)) return '"spans" needs whole-number "start" and "end"';
		if ((start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) return `span ${String(start)}-${String(end)} is not inside the text`;
	}
	return value as Span[];
}

async function geoparseJsonLines(parse: (text: string, spans?: Span[]) => Toponym[], withSpans = false): Promise<number> {
	let bad = 0;
	let lineNumber = 0;
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		lineNumber++;
		if (!line.trim()) continue;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch {
			bad++;
			process.stderr.write(`gazette: line ${lineNumber}: not JSON, skipped\n`);
			continue;
		}
		const { id, text, spans } = (record ?? {}) as { id?: unknown; text?: unknown; spans?: unknown };
		if (typeof text !== 'string') {
			bad++;
			process.stderr.write(`gazette: line ${lineNumber}: no "text" string, skipped\n`);
			continue;
		}
		const given = withSpans ? readSpans(spans, text) : undefined;
		if (typeof given === 'string') {
			bad++;
			process.stderr.write(`gazette: line ${lineNumber}: ${given}, skipped\n`);
			continue;
		}
		const output = JSON.stringify({ id: id ?? null, toponyms: parse(text, given) }) + '\n';
		if (!process.stdout.write(output)) await new Promise((resolve) => process.stdout.once('drain', resolve));
	}
	if (bad) process.stderr.write(`gazette: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
	return bad ? 3 : 0;
}

function formatTable(path: string, toponyms: Toponym[]): string {
	const rows = toponyms.map((t) => [
		`${t.start}-${t.end}`,
		t.name,
		t.placeName,
		t.kind,
		t.country ?? '',
		`${t.lat.toFixed(3)}, ${t.lon.toFixed(3)}`,
		t.usage,
		t.score.toFixed(2),
		t.reasons.join(',')
	]);
	const header = ['offsets', 'name', 'place', 'kind', 'cc', 'lat, lon', 'usage', 'score', 'why'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
	return [`${path}: ${toponyms.length} toponym${toponyms.length === 1 ? '' : 's'}`, line(header), ...rows.map(line), ''].join('\n') + '\n';
}
