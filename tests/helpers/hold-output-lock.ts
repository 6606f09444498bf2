// Holds an output's lock from another process: `node --import tsx hold-output-lock.ts <outDir> <holder>`
// prints "held" once it holds it and lets go when its stdin closes.
import { withOutputLock } from '../../src/lib/server/output-lock.ts';

const [outDir, holder] = process.argv.slice(2) as [string, string];
await withOutputLock(outDir, { holder, waitMs: 60_000 }, async () => {
	process.stdout.write('held\n');
	await new Promise<void>((resolve) => {
		process.stdin.on('end', resolve);
		process.stdin.resume();
	});
});
