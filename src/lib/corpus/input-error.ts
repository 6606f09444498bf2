/**
 * A user-supplied file (taxonomy, corrections) is malformed. The message is one line that names the
 * file's problem; the CLI shows it as is.
 */
export class InputFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputFileError';
	}
}
