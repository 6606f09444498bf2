// Text from the user's files (names, ids, paths) is printed escaped: a file named `\e]0;PWNED\a\e[2J`
// must not retitle or clear the terminal. Control characters and bidi overrides become visible escapes.
const UNSAFE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, (char) => {
		const named = NAMED[char];
		if (named) return named;
		const code = char.codePointAt(0)!;
		return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
	});
}

/** Escapes each line of a multi-line report separately, keeping the report's own line breaks. */
export function terminalSafeLines(lines: string[]): string {
	return lines.map(terminalSafe).join('\n') + '\n';
}
