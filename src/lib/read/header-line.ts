// News exports often start with a header line such as ` date 2021-11-23 By Ayya Lmahamad` or
// ` date 2024-08-19 (MENAFN- AzerNews) Fatima Latifova Read more`. The date, byline and agency are
// metadata; anything else on the line (a dateline like "BAKU, Azerbaijan, December 13. …") is prose.
// Words are checked one by one: nested quantifiers over names backtrack exponentially.
import { normalizeDate } from './dates.ts';
import type { DocumentMetadata } from './metadata.ts';

const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/** "Leyla Aliyeva", "A. B. Writer": one to `maxWords` capitalised words. */
function personName(text: string, maxWords: number): string | null {
	const words = text.split(/\s+/, maxWords + 1).filter(Boolean);
	if (words.length === 0 || words.length > maxWords) return null;
	return words.every((word) => NAME_WORD.test(word)) ? words.join(' ') : null;
}

function withoutReadMore(text: string): string {
	const trimmed = text.trim();
	return /read more$/i.test(trimmed.slice(-9)) ? trimmed.slice(0, -9).trim() : trimmed;
}

export function parseHeaderLine(text: string): { meta: Partial<DocumentMetadata>; text: string } | null {
	const lineEnd = text.indexOf('\n');
	const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
	const after = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
	const match = /^[ \t]*date[ \t]+(\S+)/i.exec(line);
	if (!match) return null;
	const date = normalizeDate(match[1]);
	if (!date) return null;
	const meta: Partial<DocumentMetadata> = { date };
	const rest = line.slice(match[0].length).trim();

	const byline = /^By\s/.test(rest) ? personName(rest.slice(3), 5) : null;
	if (byline) return { meta: { ...meta, author: byline }, text: after };

	const close = rest.startsWith('(') ? rest.indexOf(')') : -1;
	const agency = close > 0 ? rest.slice(1, close).replace(/^MENAFN-/i, '').trim() : '';
	if (agency) {
		const tail = withoutReadMore(rest.slice(close + 1));
		const author = personName(tail, 4);
		return { meta: { ...meta, source: agency, author }, text: author || !tail ? after : `${tail}\n${after}` };
	}
	return { meta, text: rest ? `${rest}\n${after}` : after };
}
