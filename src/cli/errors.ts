/** The one error type the CLI shows to users: a clear one-line message, no stack. Caught once in main. */
export class CliError extends Error {
	readonly exitCode: number;
	constructor(message: string, exitCode = 1) {
		super(message);
		this.name = 'CliError';
		this.exitCode = exitCode;
	}
}
