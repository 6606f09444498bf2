import type { Command } from '../command.ts';
import { stringOption } from '../command.ts';
import { CliError } from '../errors.ts';

export const buildBasemapCommand: Command = {
	name: 'build-basemap',
	summary: 'rebuild the basemap lakes and city labels (src/lib/map/basemap-data/)',
	usage: 'gazette build-basemap [--out DIR] [--if-stale]',
	help: `
Writes the basemap layers that world-atlas lacks, as small GeoJSON files the explorer loads:
lakes.json (lakes of 500 km² and more from @geo-maps/earth-lakes-10m, OpenStreetMap data under the
ODbL, merged, simplified and truncated) and cities.json (every capital and the 250 largest other
cities of GeoNames cities500, each with the zoom its label shows from), and detail.tiles (Natural
Earth 1:10m land and borders and GeoNames towns as vector tiles for zooms 4-7, one file). All are committed: run this
only after changing the thresholds in src/lib/server/basemap-build.ts (needs the devDependencies).

options:
  --out DIR     where to write the files (default: src/lib/map/basemap-data)
  --if-stale    do nothing when the files are newer than their inputs`,
	options: { out: { type: 'string' }, 'if-stale': { type: 'boolean' } },
	async run(args) {
		const { buildBasemap, basemapIsStale } = await import('../../lib/server/basemap-build.ts');
		const out = stringOption(args, 'out');
		if (args.values['if-stale'] && !(await basemapIsStale(out))) return 0;
		const started = performance.now();
		const result = await buildBasemap(out).catch((error: Error) => {
			throw new CliError(`cannot build the basemap: ${error.message}`);
		});
		const { buildDetailTiles } = await import('../../lib/server/detail-tiles.ts');
		const { BASEMAP_GENERATED_DIR } = await import('../../lib/server/basemap-build.ts');
		const detail = await buildDetailTiles(out ?? BASEMAP_GENERATED_DIR, result.cityIds).catch((error: Error) => {
			throw new CliError(`cannot build the detail basemap: ${error.message}`);
		});
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stderr.write(`basemap: ${result.lakes} lakes, ${result.cities} cities, ${Math.round(result.bytes / 1024)} KB; detail: ${detail.tiles} tiles, ${(detail.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds} s\n`);
		return 0;
	}
};
