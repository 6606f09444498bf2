// Markdown to plain text for geoparsing: keeps the words a reader sees, drops the syntax.
// Offsets in the output refer to the returned text, which is what the documents store.

export interface MarkdownText {
	text: string;
	/** the first level-1 or level-2 heading, a good title when front matter has none */
	heading: string | null;
}

function inline(line: string): string {
	return line
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/<\/?[a-zA-Z][^>]*>/g, '')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
		.replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2');
}

export function markdownToText(markdown: string): MarkdownText {
	const out: string[] = [];
	let heading: string | null = null;
	let inFence = false;
	for (const raw of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(raw)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		// Link reference definitions and horizontal rules carry no prose.
		if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(raw) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
			out.push('');
			continue;
		}
		let line = raw;
		const headingMatch = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (headingMatch) {
			line = headingMatch[2]!;
			if (heading === null && headingMatch[1]!.length <= 2) heading = inline(line).trim() || null;
		}
		line = line.replace(/^\s{0,3}(>\s?)+/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, '');
		out.push(inline(line));
	}
	return { text: out.join('\n'), heading };
}
