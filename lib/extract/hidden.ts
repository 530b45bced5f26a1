// Markup that is in the DOM but not on the screen. Readability already drops
// display:none and [hidden]; screen-reader-only text (", opens new tab" inside
// Reuters links, clipped to 1px) it keeps, splitting sentences in two. The
// same test serves the article clone and the live-DOM text map, so both sides
// agree on what the reader sees.

const SR_ONLY_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|hidden-visually|element-invisible|u-hidden-visually)(?:$|\s)/i;
const CLIPPED = /clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element's own markup hides it: [hidden], inline display:none, or screen-reader-only styling. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && (HIDDEN_STYLE.test(style) || CLIPPED.test(style))) return true;
  const cls = el.getAttribute('class');
  return !!cls && SR_ONLY_CLASS.test(cls);
}

/** Removes screen-reader-only text and inline SVG from a (cloned) document before Readability reads it. */
export function stripInvisibleMarkup(doc: Document): void {
  // SVG icons inside links are not "phrasing content" to Readability, which then cuts the paragraph around the link.
  for (const el of Array.from(doc.querySelectorAll('svg'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[style], [class]'))) {
    if (isHiddenByMarkup(el) && !el.hasAttribute('hidden')) el.remove();
  }
}
