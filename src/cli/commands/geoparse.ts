import { readFile } from 'node:fs/promises';
import { integerOption, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import type { Toponym } from '../../lib/contracts.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import { DEFAULT_MAX_LINE_BYTES, geoparseJsonLines, MAX_TOPONYMS_PER_RECORD, type Span } from './geoparse-jsonl.ts';

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
                              the gazetteer has no name for gives no toponym, unless the text
                              names its parents ("X is a village in Y County": within-parent)

Each toponym has start/end (UTF-16 offsets: text.slice(start, end) === name), name, placeId,
placeName, kind, country, lat, lon, score (0..1), usage (literal | associative | embedded: a place
word inside an organisation or treaty name, not a place on the map), reasons, geonameId where
GeoNames has the place, geometry (GeoJSON) for corridors and regions, and with --jsonl up to three
alternatives (placeId, name, country, admin1, population, score): the next most likely places.

A bad input line (not JSON, no "text", with --spans a "spans" that is not a list of offsets inside
the text, longer than --max-line-bytes, or naming more than ${MAX_TOPONYMS_PER_RECORD.toLocaleString('en')} toponyms) is reported on
stderr with its line number and skipped; the run goes on with the next line and the exit status is then 3.

options:
  --jsonl               JSON lines on stdin and stdout
  --spans               resolve the "spans" given on each input line (with --jsonl)
  --max-line-bytes N    longest input line to geoparse (default ${DEFAULT_MAX_LINE_BYTES}, 1 MB)
  --no-embedded         leave out place words inside organisation and treaty names`,
	options: { jsonl: { type: 'boolean' }, spans: { type: 'boolean' }, 'no-embedded': { type: 'boolean' }, 'max-line-bytes': { type: 'string' } },
	async run(args) {
		const { loadGazetteerForCli } = await import('../gazetteer.ts');
		const { geoparse } = await import('../../lib/geoparse/index.ts');
		const options = { includeEmbedded: !args.values['no-embedded'] };
		if (args.values.spans && !args.values.jsonl) throw new CliError('--spans comes with --jsonl (spans are given on each input line)', 2);
		if (args.values.jsonl) {
			if (args.positionals.length) throw new CliError('--jsonl reads standard input; give no files');
			const maxLineBytes = integerOption(args, 'max-line-bytes', DEFAULT_MAX_LINE_BYTES);
			const gazetteer = await loadGazetteerForCli();
			const withSpans = Boolean(args.values.spans);
			const parse = (text: string, spans?: Span[]) => geoparse(text, gazetteer, { ...options, alternatives: JSONL_ALTERNATIVES, ...(spans ? { spans } : {}) });
			return geoparseJsonLines(process.stdin, process.stdout, process.stderr, parse, { maxLineBytes, withSpans });
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
	return terminalSafeLines([`${path}: ${toponyms.length} toponym${toponyms.length === 1 ? '' : 's'}`, line(header), ...rows.map(line), '']);
}
