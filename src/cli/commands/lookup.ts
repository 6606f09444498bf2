import type { Command } from '../command.ts';
import { stringOption, usageError } from '../command.ts';
import { CliError } from '../errors.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import { PLACE_KINDS, type PlaceKind } from '../../lib/contracts.ts';
import type { GazetteerEntry } from '../../lib/gazetteer/index.ts';

export const lookupCommand: Command = {
	name: 'lookup',
	summary: 'list every gazetteer entry for a name (to check a place or write a correction)',
	usage: 'gazette lookup NAME [--country CC] [--kind KIND] [--json]',
	help: `
Lists every entry of the offline gazetteer that the geoparser could pick for NAME, most important
first: by its name or an alternate name (other languages, old spellings), as an abbreviation ("US",
case-sensitive) or as a demonym ("Azerbaijani"). Each entry shows its id (what a corrections file
names), kind, country, region and county (GeoNames admin1/admin2 codes with their names where the
index has them), population (for GeoNames places and US counties), coordinates and source.

  gazette lookup Salem --country US --kind city
  gazette lookup "Scott County" --json

The exit status is 1 when no entry matches.

options:
  --country CC   only entries in this country (ISO 3166-1 alpha-2 code, e.g. US, AZ)
  --kind KIND    only entries of this kind: ${PLACE_KINDS.join(', ')}
  --json         one JSON array of entries instead of a table`,
	options: { country: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
	async run(args) {
		const name = args.positionals.join(' ').trim();
		if (!name) throw usageError(lookupCommand, 'give a name to look up, e.g. `gazette lookup Salem`');
		const country = stringOption(args, 'country');
		if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) throw usageError(lookupCommand, `--country takes a two-letter country code, got "${country}"`);
		const kind = stringOption(args, 'kind');
		if (kind !== undefined && !(PLACE_KINDS as readonly string[]).includes(kind)) {
			throw usageError(lookupCommand, `--kind must be one of ${PLACE_KINDS.join(', ')}; got "${kind}"`);
		}
		const { loadGazetteerForCli } = await import('../gazetteer.ts');
		const { lookupEntries } = await import('../../lib/gazetteer/index.ts');
		const gazetteer = await loadGazetteerForCli();
		const entries = lookupEntries(gazetteer, name, { ...(country ? { country } : {}), ...(kind ? { kind: kind as PlaceKind } : {}) });
		if (args.values.json) process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
		else if (entries.length > 0) process.stdout.write(formatEntries(name, entries));
		if (entries.length === 0) throw new CliError(`no gazetteer entry for "${name}"${country ? ` in ${country.toUpperCase()}` : ''}${kind ? ` of kind ${kind}` : ''}`);
		return 0;
	}
};

function division(code: string | null, name: string | null): string {
	if (!code) return name ?? '';
	return name ? `${name} (${code})` : code;
}

export function formatEntries(name: string, entries: GazetteerEntry[]): string {
	const rows = entries.map((e) => [
		e.id,
		e.name,
		e.kind,
		e.country ?? '',
		division(e.admin1, e.admin1Name),
		division(e.admin2, e.admin2Name),
		e.population === null ? '' : e.population.toLocaleString('en'),
		`${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}`,
		e.matchedBy === 'name' ? '' : e.matchedBy
	]);
	const header = ['id', 'name', 'kind', 'cc', 'admin1', 'admin2', 'population', 'lat, lon', 'matched by'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
	const sources = [...new Set(entries.map((e) => e.source.split(',')[0]!.split(';')[0]!))];
	return terminalSafeLines([
		`"${name}": ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, most important first`,
		line(header),
		...rows.map(line),
		`sources: ${sources.join('; ')} (--json gives each entry's)`
	]);
}
