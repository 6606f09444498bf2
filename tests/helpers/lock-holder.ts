// An output's lock held by another process, as `gazette publish` or a server would hold it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** Another process holding the lock until `release` (resolves once it holds it). */
export async function holdElsewhere(outDir: string, holder: string): Promise<{ child: ChildProcessWithoutNullStreams; release(): Promise<void> }> {
	const child = spawn(process.execPath, ['--import', 'tsx', new URL('./hold-output-lock.ts', import.meta.url).pathname, outDir, holder]);
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
		child.on('close', (code) => reject(new Error(`the lock holder exited with ${code}`)));
	});
	return { child, release: () => new Promise<void>((resolve) => (child.on('close', () => resolve()), child.stdin.end())) };
}
