// The embed <-> host page contract: the embed posts its content height; a tiny script on the host
// page (hostScriptSnippet) applies it to the iframe after checking the sender's origin, that the
// message comes from that iframe, and the message shape.
export const HEIGHT_MESSAGE_TYPE = 'gazette:embed-height';
/** Anything taller is not a height we apply. */
export const MAX_EMBED_HEIGHT = 10_000;

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE_TYPE;
	height: number;
}

export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return type === HEIGHT_MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= MAX_EMBED_HEIGHT;
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export interface IframeOptions {
	src: string;
	title: string;
	/** initial height in CSS pixels, before the embed reports its own */
	height?: number;
}

/** The iframe element to paste into a page; every value is attribute-escaped. */
export function iframeSnippet({ src, title, height = 520 }: IframeOptions): string {
	return (
		`<iframe data-gazette-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy"` +
		` referrerpolicy="no-referrer"></iframe>`
	);
}

/**
 * The host script: resizes `iframe[data-gazette-embed]` elements whose window sent a well-formed
 * height message from `embedOrigin`. Plain ES5 so it runs on any page.
 */
export function hostScriptSnippet(embedOrigin: string): string {
	const origin = JSON.stringify(embedOrigin).replaceAll('<', '\\u003c');
	return `<script>
(function () {
  var ORIGIN = ${origin};
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== ORIGIN || !data || data.type !== "${HEIGHT_MESSAGE_TYPE}") return;
    var height = data.height;
    if (typeof height !== "number" || !(height > 0 && height <= ${MAX_EMBED_HEIGHT})) return;
    var frames = document.querySelectorAll("iframe[data-gazette-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });
})();
</script>`;
}
