// A big corpus's full ingest, streamed in parts of two files, that hangs when it asks for its second
// part's geoparse (its first part already written into the new store) until the test kills it.
import { join } from 'node:path';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const [corpusDir, outDir, topicsFile, storePath] = process.argv.slice(2);
const base = fakeGeoparser();
let calls = 0;
await runIngest({
	corpusDir: corpusDir!,
	outDir: outDir!,
	topicsFile: topicsFile!,
	staticFilesLimit: 0,
	partFiles: 2,
	...(storePath ? { store: { kind: 'sqlite' as const, path: storePath } } : {}),
	createGeoparser: async () => {
		const geoparser = await base();
		return {
			...geoparser,
			async parse(texts, onDone) {
				if (++calls === 2) {
					process.stdout.write(`second part ${join(outDir!, '..')}\n`);
					Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
				}
				return geoparser.parse(texts, onDone);
			}
		};
	}
});
process.stdout.write('finished without hanging\n');
