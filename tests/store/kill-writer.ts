// Starts a store write that removes and rewrites documents, then hangs inside the transaction until
// the test kills the process (SIGKILL): the store must come back unchanged.
import { openSqliteStore } from '../../src/lib/store/sqlite/index.ts';

const store = openSqliteStore(process.argv[2]!);
const hashes = await store.documentHashes();
function* hang() {
	process.stdout.write('writing\n');
	// keep the transaction open until killed
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
	yield* [];
}
await store.write({
	upsert: hang(),
	remove: [...hashes.keys()],
	places: [],
	topics: [],
	corrections: [],
	manifest: { schemaVersion: 1, generator: 'gazette test', generatedAt: '', corpus: '', counts: { documents: 0, places: 0, mentions: 0, unresolved: 0, skipped: 0 }, attribution: [] },
	state: {}
});
