// The output's lock (output-lock.ts): a holder in another process is waited for, or named when the wait
// runs out; a lock whose process is gone is taken over; holders in one process take turns.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputBusyError, outputLockPath, withOutputLock } from '../../src/lib/server/output-lock.ts';
import { holdElsewhere } from '../helpers/lock-holder.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-output-lock-'));
const out = join(root, 'out');
mkdirSync(out);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the output lock', () => {
	it('waits for a holder in another process, and names it when the wait runs out', async () => {
		const other = await holdElsewhere(out, 'gazette publish/export');
		const waits: string[] = [];
		const error = await withOutputLock(out, { holder: 'test', waitMs: 300, onWait: (h) => waits.push(h) }, async () => 'ran').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OutputBusyError);
		expect((error as Error).message).toMatch(/is being changed by gazette publish\/export \(pid \d+\); try again when it is done$/);
		expect(waits).toEqual(['gazette publish/export']);
		const order: string[] = [];
		const waiting = withOutputLock(out, { holder: 'test', waitMs: 60_000 }, async () => order.push('ran'));
		await new Promise((resolve) => setTimeout(resolve, 300));
		order.push('released');
		await other.release();
		await waiting;
		expect(order).toEqual(['released', 'ran']);
		expect(existsSync(outputLockPath(out))).toBe(false);
	}, 60_000);

	it('takes over a lock whose process is gone', async () => {
		writeFileSync(outputLockPath(out), JSON.stringify({ pid: 2 ** 22 + 12345, holder: 'gazette serve' }));
		expect(await withOutputLock(out, { holder: 'test', waitMs: 0 }, async () => 'ran')).toBe('ran');
	});

	it('lets holders in one process take turns, however long the first holds it', async () => {
		const order: string[] = [];
		const first = withOutputLock(out, { holder: 'a', waitMs: 0 }, async () => {
			await new Promise((resolve) => setTimeout(resolve, 200));
			order.push('a');
		});
		const second = withOutputLock(out, { holder: 'b', waitMs: 0 }, async () => order.push('b'));
		await Promise.all([first, second]);
		expect(order).toEqual(['a', 'b']);
	});
});
