// How Sverka's highlights look. The CSS Custom Highlight API paints ranges
// without touching the page's DOM, and the ::highlight() rules go into a
// constructed stylesheet adopted by the document, which is not a DOM node
// either: the page's markup stays exactly as its authors wrote it.

export const HIGHLIGHT_NAMES = {
  source: 'sverka-source',
  contradiction: 'sverka-contradiction',
  flash: 'sverka-flash',
  annotation: 'sverka-annotation',
  colleague: 'sverka-colleague',
} as const;

// Translucent backgrounds read on light and dark pages alike. A contradiction
// is also underlined, so the difference does not rest on colour alone; the
// reader's own annotations get a solid green underline (and a faint green
// background), which stays visible on top of the other two; the group's
// annotations (Hypothesis sync) a dashed violet underline, set lower, so
// "yours" and "a colleague's" differ by line style as well as colour.
export const HIGHLIGHT_CSS = `
::highlight(sverka-source) { background-color: rgba(255, 200, 0, 0.38); }
::highlight(sverka-contradiction) { background-color: rgba(255, 90, 80, 0.32); text-decoration: underline wavy rgb(200, 30, 30); text-decoration-thickness: 1.5px; }
::highlight(sverka-flash) { background-color: rgba(40, 120, 255, 0.5); }
::highlight(sverka-colleague) { background-color: rgba(120, 80, 220, 0.16); text-decoration: underline dashed rgb(100, 60, 200); text-decoration-thickness: 2px; text-underline-offset: 5px; }
::highlight(sverka-annotation) { background-color: rgba(40, 170, 80, 0.2); text-decoration: underline solid rgb(20, 130, 60); text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

type SheetCtor = new () => CSSStyleSheet;

/**
 * Adopts a stylesheet with `css` into `doc` and keeps it adopted: pages that
 * assign document.adoptedStyleSheets wholesale (web-component frameworks)
 * drop ours, so `ensure()` re-adds it before every paint.
 */
export function adoptedSheet(doc: Document, css: string, Sheet: SheetCtor | undefined = globalThis.CSSStyleSheet) {
  let sheet: CSSStyleSheet | undefined;
  const supported = () => !!Sheet && Array.isArray(doc.adoptedStyleSheets) && typeof Sheet.prototype.replaceSync === 'function';
  return {
    ensure(): boolean {
      if (!supported()) return false;
      if (!sheet) {
        sheet = new Sheet!();
        sheet.replaceSync(css);
      }
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return true;
    },
    remove(): void {
      if (sheet && supported()) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
