import { integerOption, stringOption, usageError, type Command, type ParsedArgs } from '../command.ts';
import { CliError } from '../errors.ts';
import { terminalSafeLines } from '../terminal-safe.ts';

const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

function listOption(args: ParsedArgs, name: string): string[] {
	const value = args.values[name];
	const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The filter flags as explorer URL parameters, each checked with a clear message. */
/** The ingest output and the view's filters, read by `viewQuery`: shared by export and publish. */
export const VIEW_FILTER_OPTIONS = {
	out: { type: 'string', short: 'o' },
	topic: { type: 'string', multiple: true },
	kind: { type: 'string', multiple: true },
	from: { type: 'string' },
	to: { type: 'string' },
	doc: { type: 'string' },
	q: { type: 'string' },
} satisfies Command['options'];

export async function viewQuery(args: ParsedArgs): Promise<string> {
	const { PLACE_KINDS } = await import('../../lib/contracts.ts');
	const { parseCamera } = await import('../../lib/state/url.ts');
	const params = new URLSearchParams();
	for (const topic of listOption(args, 'topic')) params.append('topic', topic);
	for (const kind of listOption(args, 'kind')) {
		if (!(PLACE_KINDS as readonly string[]).includes(kind)) throw new CliError(`unknown --kind "${kind}" (one of: ${PLACE_KINDS.join(', ')})`, 2);
		params.append('kind', kind);
	}
	for (const name of ['from', 'to'] as const) {
		const value = stringOption(args, name);
		if (value === undefined) continue;
		if (!isCalendarDate(value)) throw new CliError(`--${name} must be a date like 2024-05-01, got "${value}"`, 2);
		params.set(name, value);
	}
	const from = params.get('from');
	const to = params.get('to');
	// a month covers its days: --from 2021-05-10 --to 2021-05 is one day short of empty, not reversed
	const common = Math.min(from?.length ?? 0, to?.length ?? 0);
	if (from && to && from.slice(0, common) > to.slice(0, common)) throw new CliError(`--from ${from} is after --to ${to}`, 2);
	for (const name of ['doc', 'q', 'place'] as const) {
		const value = stringOption(args, name);
		if (value) params.set(name, value);
	}
	if (args.values.figure === true) params.set('figure', '1');
	const inset = stringOption(args, 'inset');
	if (inset !== undefined) {
		if (inset !== 'on' && inset !== 'off') throw new CliError(`--inset must be on or off, got "${inset}"`, 2);
		params.set('inset', inset === 'on' ? '1' : '0');
	}
	const map = stringOption(args, 'map');
	if (map !== undefined) {
		if (!parseCamera(map)) throw new CliError(`--map must be zoom/lat/lng like 5/40.4/49.9, got "${map}"`, 2);
		params.set('map', map);
	}
	return params.toString();
}

/** YYYY-MM or YYYY-MM-DD naming a month or day that exists. */
function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** Every --topic names a topic of the output. */
export async function checkTopics(outDir: string, query: string): Promise<void> {
	const { readFile } = await import('node:fs/promises');
	const { join } = await import('node:path');
	const { parseViewState } = await import('../../lib/state/url.ts');
	const topics = parseViewState(new URLSearchParams(query)).topics;
	if (topics.length === 0) return;
	const known = (JSON.parse(await readFile(join(outDir, 'topics.json'), 'utf8').catch(() => '[]')) as { id: string }[]).map((t) => t.id);
	const unknown = topics.filter((t) => !known.includes(t));
	if (unknown.length) throw new CliError(`unknown --topic "${unknown[0]}" (this output has: ${known.join(', ') || 'no topics'})`, 2);
}

function themeOption(args: ParsedArgs): Theme {
	const theme = stringOption(args, 'theme') ?? 'light';
	if (!(THEMES as readonly string[]).includes(theme)) throw new CliError(`--theme must be light, dark or auto, got "${theme}"`, 2);
	return theme as Theme;
}

export const exportCommand: Command = {
	name: 'export',
	summary: 'write a self-contained HTML map (no server, no network) and/or a PNG figure',
	usage: 'gazette export --html <file> [--png <file>] [--out <ingest-dir>] [--topic id…] [--kind k…] [--from d] [--to d] [--doc id] [--q text] [--map z/lat/lng] [--title t] [--name t] [--figure] [--inset on|off]',
	help: `
Writes ONE HTML file with the map, its data, the basemap, the font and the scripts inlined: it opens
from the file system with no server and makes no network request (its Content-Security-Policy forbids
them), for attaching to a report. --png renders the same view as a figure (title, legend, scale bar,
sources, attribution) in headless Chromium (/usr/bin/chromium, or GAZETTE_CHROMIUM).

The filter flags mirror the explorer's URL parameters, so a view you see at
http://127.0.0.1:5177/?topic=energy&kind=city is \`--topic energy --kind city\`.

options:
  --html FILE          the self-contained HTML file to write
  --png FILE           a PNG figure of the same view
  --out DIR            the ingest output to read (default .gazette/out)
  --topic ID           topic filter; repeat or comma-separate for several
  --kind KIND          place kinds to show (city, country, region, water, …); repeatable
  --from DATE          documents dated on or after (YYYY-MM-DD)
  --to DATE            documents dated on or before
  --doc ID             one document
  --q TEXT             places whose name or country contains TEXT
  --place ID           the selected place
  --map Z/LAT/LNG      camera (default: fitted to the places)
  --title TEXT         the heading (default from the filters)
  --name TEXT          what the map calls the corpus (default: the name ingest gave it)
  --figure             figure mode: every place drawn and labelled (no clusters), lines and regions shown
  --inset on|off       the locator inset (default: on for figures smaller than a country)
  --theme T            light (default), dark or auto
  --width N --height N --pixel-ratio N   PNG size in CSS pixels and density (default 1200×800 at 2)
  --force              overwrite FILE even if an earlier export did not write it
`,
	options: {
		html: { type: 'string' },
		png: { type: 'string' },
		...VIEW_FILTER_OPTIONS,
		place: { type: 'string' },
		map: { type: 'string' },
		title: { type: 'string' },
		name: { type: 'string' },
		figure: { type: 'boolean' },
		inset: { type: 'string' },
		theme: { type: 'string' },
		width: { type: 'string' },
		height: { type: 'string' },
		'pixel-ratio': { type: 'string' },
		force: { type: 'boolean' }
	},
	async run(args) {
		if (args.positionals.length > 0) throw usageError(this, `unexpected argument "${args.positionals[0]}"`);
		const htmlOption = stringOption(args, 'html');
		const pngOption = stringOption(args, 'png');
		if (!htmlOption && !pngOption) throw usageError(this, 'give --html <file>, --png <file> or both');
		const query = await viewQuery(args);
		const theme = themeOption(args);
		const figure = { width: integerOption(args, 'width', 1200), height: integerOption(args, 'height', 800), pixelRatio: Number(stringOption(args, 'pixel-ratio') ?? 2) };
		if (!(figure.pixelRatio >= 1 && figure.pixelRatio <= 4)) throw new CliError('--pixel-ratio must be between 1 and 4', 2);

		const { resolve, join } = await import('node:path');
		const { pathToFileURL } = await import('node:url');
		const { DEFAULT_OUT_DIR } = await import('../../lib/server/ingest/index.ts');
		const { checkOutput, recoverOutput, readOutput } = await import('./serve-common.ts');
		const { exportTargets, markPng } = await import('./export-files.ts');
		const targets = await exportTargets({ html: htmlOption, png: pngOption, force: args.values.force === true });
		const outDir = resolve(stringOption(args, 'out') ?? DEFAULT_OUT_DIR);
		await recoverOutput(outDir);
		checkOutput(outDir);

		const { findChromium, renderSnapshotPng, FigureUnavailableError } = await import('../../lib/server/figure-png.ts');
		const chromium = pngOption ? findChromium() : null;
		if (pngOption && !chromium) {
			throw new CliError(`PNG export needs Chromium, and none was found at ${process.env.GAZETTE_CHROMIUM || '/usr/bin/chromium'} (install it with \`apt-get install chromium\`, or set GAZETTE_CHROMIUM); --html works without it`);
		}

		const { ensureSnapshotBundle, snapshotHtml } = await import('../../lib/server/snapshot.ts');
		const { writeFileAtomic } = await import('../../lib/server/atomic.ts');
		const { mkdtemp, rm } = await import('node:fs/promises');
		const { tmpdir } = await import('node:os');
		await ensureSnapshotBundle((message) => process.stderr.write(`${message}\n`));
		// a running explorer's corrections wait while the output is made up to date and read
		const html = await readOutput(outDir, async () => {
			await checkTopics(outDir, query);
			return snapshotHtml({ outDir, query, title: stringOption(args, 'title') ?? null, theme, name: stringOption(args, 'name') });
		});

		let htmlPath = targets.html;
		let scratch: string | null = null;
		try {
			if (htmlPath) {
				await writeFileAtomic(htmlPath, html);
				process.stdout.write(terminalSafeLines([`wrote ${htmlPath} (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1)} MB, self-contained)`]));
			}
			if (pngOption && chromium) {
				if (!htmlPath) {
					scratch = await mkdtemp(join(tmpdir(), 'gazette-export-'));
					htmlPath = join(scratch, 'snapshot.html');
					await writeFileAtomic(htmlPath, html);
				}
				const pngPath = targets.png!;
				let png: Uint8Array;
				try {
					png = await renderSnapshotPng(pathToFileURL(htmlPath).href, figure, chromium);
				} catch (error) {
					if (error instanceof FigureUnavailableError) throw new CliError(error.message);
					throw new CliError(`could not render the PNG: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
				}
				await writeFileAtomic(pngPath, markPng(png));
				process.stdout.write(terminalSafeLines([`wrote ${pngPath}`]));
			}
		} finally {
			if (scratch) await rm(scratch, { recursive: true, force: true });
		}
		return 0;
	}
};
