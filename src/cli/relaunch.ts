// Starting the CLI again with V8 flags it needs from the start. V8 sizes a heap's young generation when
// the process starts (`v8.setFlagsFromString` later changes nothing), and a user's `npx gazette` reads
// no Node flags but NODE_OPTIONS: so a command that needs a flag the process lacks runs itself once more
// as a child with it, streams and exit status passed through, and the child ends with its parent.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The CLI's entry script: two folders up from this module, compiled (dist/cli) or not (src/cli). */
const CLI_SCRIPT = fileURLToPath(new URL('../../bin/gazette.js', import.meta.url));

/** Set in the child's environment: it was started by relaunchWith and follows its parent. */
const RELAUNCHED = 'GAZETTE_RELAUNCHED';

/** Signals a user or service manager sends to stop a command: passed on to the child. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Whether this process was started with the V8 flag `name` (on its command line or in NODE_OPTIONS; V8 reads `_` as `-`). */
export function v8FlagGiven(name: string): boolean {
	const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((arg) => arg.replace(/_/g, '-'));
	return given.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
}

/** Whether this process is the CLI itself (not a test or program calling `main`), which can be started again as it was. */
function runningAsCli(): boolean {
	try {
		return realpathSync(process.argv[1] ?? '') === realpathSync(CLI_SCRIPT);
	} catch {
		return false;
	}
}

/**
 * In a child relaunchWith started: ends at once when its parent ends without waiting for it — a parent
 * killed with SIGKILL passes nothing on, and a worker left running would hold its claims. The channel
 * closes with the parent, and does not keep the child running.
 */
function followParent(): void {
	delete process.env[RELAUNCHED];
	const end = () => process.kill(process.pid, 'SIGKILL');
	// the parent may have ended while this process was starting, before anyone listened
	if (!process.connected) end();
	process.channel?.unref();
	process.once('disconnect', end);
}

/** Runs the CLI's command line again in a child with `flags` added; resolves to the child's exit status. */
async function relaunchWith(flags: string[]): Promise<number> {
	const child = spawn(process.execPath, [...process.execArgv, ...flags, CLI_SCRIPT, ...process.argv.slice(2)], {
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
		env: { ...process.env, [RELAUNCHED]: '1' }
	});
	// a signal the terminal sends reaches the child too (one process group): a second one is harmless to a command that does not catch it
	const pass = (signal: NodeJS.Signals) => child.kill(signal);
	for (const signal of STOP_SIGNALS) process.on(signal, pass);
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
	}).finally(() => {
		for (const stop of STOP_SIGNALS) process.off(stop, pass);
	});
	if (signal === null) return code ?? 1;
	// ended by a signal: so does this process, so that whoever started it sees the same
	process.kill(process.pid, signal);
	return 128 + (constants.signals[signal] ?? 0);
}

/**
 * Runs this command in a child process with the V8 `flags` (`--name=value`) when this process was
 * started without them (a flag the user gave, on the command line or in NODE_OPTIONS, wins): the
 * child's exit status, or null to run the command here (the flags are set, this is the child, or the
 * CLI runs inside another program).
 */
export async function relaunchedWithFlags(flags: string[]): Promise<number | null> {
	if (process.env[RELAUNCHED] === '1') {
		followParent();
		return null;
	}
	const missing = flags.filter((flag) => !v8FlagGiven(flag.slice(2).split('=')[0]!));
	if (missing.length === 0 || !runningAsCli()) return null;
	return relaunchWith(missing);
}
