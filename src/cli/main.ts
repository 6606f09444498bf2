import { parseCommandArgs, type Command } from './command.ts';
import { CliError } from './errors.ts';
import { commands } from './commands.ts';
import { terminalSafe, terminalSafeLines } from './terminal-safe.ts';

function overview(): string {
	const width = Math.max(...commands.map((c) => c.name.length));
	const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
	return [
		'gazette: turn a folder of articles into an explorable map',
		'',
		'usage: gazette <command> [options]',
		'',
		'commands:',
		...lines,
		'',
		'Run `gazette <command> --help` for the options of a command.'
	].join('\n');
}

function commandHelp(command: Command): string {
	return `usage: ${command.usage}\n\n${command.help.trim()}\n`;
}

/** An operating-system error (ENOSPC, EACCES, EIO… from a read or write): the user's machine, not a bug. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
	const candidate = error as NodeJS.ErrnoException | null;
	return candidate instanceof Error && typeof candidate.code === 'string' && typeof candidate.syscall === 'string';
}

/** "no space left on device (ENOSPC, write /out/docs/a.json)" from Node's "ENOSPC: no space…, write". */
function describeSystemError(error: NodeJS.ErrnoException): string {
	const description = /^[A-Z0-9_]+: ([^,\n]+)/.exec(error.message)?.[1] ?? error.message.split('\n')[0]!;
	return `${description} (${error.code}, ${error.syscall}${error.path ? ` ${error.path}` : ''})`;
}

/** A reader that closes the pipe early (`gazette … | head -1`) ends the command quietly; any other
 * failure to write standard output or error is one line. Call once, before `main`. */
export function guardStandardStreams(): void {
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE' && stream !== process.stderr) {
				process.stderr.write(`gazette: cannot write to standard output: ${terminalSafe(error.message.split('\n')[0]!)}\n`);
				process.exit(1);
			}
			process.exit(error.code === 'EPIPE' ? 0 : 1);
		});
	}
}

/** Exit status of a failure that is a bug in gazette (EX_SOFTWARE). */
export const BUG_EXIT_CODE = 70;

/** `--debug` anywhere on the command line, or GAZETTE_DEBUG set to anything but "" or "0". */
function debugRequested(argv: string[]): boolean {
	const variable = process.env.GAZETTE_DEBUG;
	return argv.includes('--debug') || (variable !== undefined && variable !== '' && variable !== '0');
}

/** A bug: one line and a request to report it; the stack only when asked for. */
function reportBug(error: unknown, debug: boolean): number {
	const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	process.stderr.write(`gazette: internal error: ${terminalSafe(message.split('\n')[0]!)}\n`);
	process.stderr.write('gazette: this is a bug, please report it (with the stack: run again with --debug or GAZETTE_DEBUG=1)\n');
	if (debug && error instanceof Error && error.stack) process.stderr.write(terminalSafeLines(error.stack.split('\n')));
	return BUG_EXIT_CODE;
}

/** The single top-level catch: CliErrors and system errors print one line; anything else is a bug,
 * reported as such, with its stack only under --debug or GAZETTE_DEBUG. */
export async function main(argv: string[]): Promise<number> {
	const debug = debugRequested(argv);
	const [name, ...rest] = argv.filter((arg) => arg !== '--debug');
	try {
		if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
			process.stdout.write(overview() + '\n');
			return name === undefined ? 2 : 0;
		}
		if (name === '--version' || name === '-v') {
			const { readFile } = await import('node:fs/promises');
			const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
			process.stdout.write(`${pkg.version}\n`);
			return 0;
		}
		const command = commands.find((c) => c.name === name);
		if (!command) throw new CliError(`unknown command "${name}" (run \`gazette --help\` for the list)`, 2);
		const args = parseCommandArgs(command, rest);
		if (args.values.help) {
			process.stdout.write(commandHelp(command));
			return 0;
		}
		return await command.run(args);
	} catch (error) {
		if (error instanceof CliError) {
			process.stderr.write(`gazette: ${terminalSafe(error.message)}\n`);
			return error.exitCode;
		}
		if (isSystemError(error)) {
			process.stderr.write(`gazette: ${terminalSafe(describeSystemError(error))}\n`);
			return 1;
		}
		return reportBug(error, debug);
	}
}
