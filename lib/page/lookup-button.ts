// The small "Look up in Sverka" and "Annotate in Sverka" buttons shown next to
// a text selection. They are drawn inside a shadow root (the content script mounts it with WXT's
// createShadowRootUi), so the page's CSS cannot restyle it and ours cannot
// leak into the page. The host is positioned through custom properties,
// which survive the `all: initial` reset WXT puts on the host.

export const LOOKUP_UI_NAME = 'sverka-lookup';

export const LOOKUP_CSS = `
:host { position: absolute !important; left: var(--sverka-x, 0) !important; top: var(--sverka-y, 0) !important; z-index: 2147483647 !important; }
button {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px;
  font: 600 13px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #ffffff; background: #1f5fa8; border-radius: 6px; padding: 6px 10px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .3);
}
button:hover { background: #174a84; }
button.annotate { background: #1e6b36; }
button.annotate:hover { background: #17542a; }
button:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
.mark { font-size: 14px; }
.row { display: inline-flex; gap: 6px; }
`;

/** What the buttons do; "Annotate" is offered only when the selection can be annotated. */
export interface SelectionActions {
  lookUp(): void;
  annotate?(): void;
}

/** The buttons' visible text and accessible names. */
export interface SelectionLabels {
  lookUp: string;
  annotate: string;
}

/** Places the shadow host at document coordinates (x, y). */
export function placeHost(host: HTMLElement, pos: { x: number; y: number }): void {
  host.style.setProperty('--sverka-x', `${Math.round(pos.x)}px`);
  host.style.setProperty('--sverka-y', `${Math.round(pos.y)}px`);
}

/**
 * Builds the button inside `container` (the shadow root's body). `label` is
 * its accessible name and visible text ("Look up in Sverka"). Pressing the
 * mouse on it must not clear the page's selection, so mousedown is cancelled.
 */
export function buildLookupButton(container: HTMLElement, label: string, onActivate: () => void, icon = '⇄'): HTMLButtonElement {
  const doc = container.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = icon;
  button.append(mark, doc.createTextNode(label));
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', (e) => {
    // Only the reader's own click counts; the page cannot trigger a lookup by dispatching events.
    if (!e.isTrusted) return;
    e.preventDefault();
    e.stopPropagation();
    onActivate();
  });
  container.append(button);
  return button;
}

/** Both buttons side by side ("Annotate" only when `actions.annotate` is set), in one row inside `container`. */
export function buildSelectionButtons(container: HTMLElement, labels: SelectionLabels, actions: SelectionActions): HTMLButtonElement[] {
  const row = container.ownerDocument.createElement('div');
  row.className = 'row';
  container.append(row);
  const buttons = [buildLookupButton(row, labels.lookUp, () => actions.lookUp())];
  if (actions.annotate) {
    const annotate = buildLookupButton(row, labels.annotate, () => actions.annotate?.(), '✎');
    annotate.classList.add('annotate');
    buttons.push(annotate);
  }
  return buttons;
}
