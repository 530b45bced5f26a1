// Bringing a sentence into view when the reader picks its card in the panel.

/** Scrolls the nearest scrollable ancestors so the range sits in the middle of the view. */
export function scrollToRange(range: Range, win: Window): void {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
