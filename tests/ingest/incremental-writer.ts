// An incremental ingest that hangs inside its store write (a place's shape is turned into JSON there)
// until the test kills it (SIGKILL): the store must come back as it was. `<corpus> <out> [postgres url]`.
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const [corpusDir, outDir, url] = process.argv.slice(2);
const base = fakeGeoparser();
await runIngest({
	corpusDir: corpusDir!,
	outDir: outDir!,
	topicsFile: DEFAULT_TOPICS_FILE,
	staticFilesLimit: 0,
	...(url ? { store: { kind: 'postgres' as const, url } } : {}),
	createGeoparser: async () => {
		const geoparser = await base();
		return {
			...geoparser,
			async parse(texts, onDone) {
				const result = await geoparser.parse(texts, onDone);
				for (const place of result.places) {
					if (!place.geometry) continue;
					const shape = { ...place.geometry };
					Object.defineProperty(shape, 'toJSON', {
						enumerable: false,
						value: () => {
							process.stdout.write('writing\n');
							Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
							return place.geometry;
						}
					});
					place.geometry = shape;
				}
				return result;
			}
		};
	}
});
process.stdout.write('finished without hanging\n');
