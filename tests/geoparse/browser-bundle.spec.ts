// The geoparse core must run in a browser or a worker: bundle it for the browser platform (any Node
// built-in import fails the build) and run the bundle on a small gazetteer built in memory.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

describe('the pure core', () => {
	it('bundles for the browser and geoparses there', async () => {
		const result = await build({
			stdin: {
				contents: `
					export { geoparse } from './src/lib/geoparse/index.ts';
					export { decodeGazetteer, encodeNameTable, encodePlaceReference } from './src/lib/gazetteer/index.ts';`,
				resolveDir: PACKAGE_ROOT,
				loader: 'ts'
			},
			bundle: true,
			platform: 'browser',
			format: 'esm',
			write: false,
			logLevel: 'silent'
		});
		const code = result.outputFiles[0]!.text;
		expect(code).not.toMatch(/from ["']node:/);
		const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
		const core = await import(/* @vite-ignore */ url);
		const names = new Map([['baku', [core.encodePlaceReference(0, false)]]]);
		const gazetteer = core.decodeGazetteer(
			{
				format: 'gazette-gazetteer',
				version: 1,
				builtAt: '',
				sources: [],
				places: { id: ['gn:587084'], name: ['Baku'], kind: ['city'], featureCode: ['PPLC'], country: ['AZ'], admin1: ['09'], lat: [4037767], lon: [4989201], population: [1116513], geonameId: [587084] },
				geometries: {},
				maxNameWords: 1,
				demonyms: {},
				abbreviations: {},
				countryNames: { AZ: 'Azerbaijan' },
				commonWords: {},
				firstNames: []
			},
			core.encodeNameTable(names).buffer
		);
		expect(core.geoparse('Flights to Baku resumed.', gazetteer)).toMatchObject([{ name: 'Baku', placeId: 'gn:587084', start: 11, end: 15 }]);
	}, 60_000);
});

