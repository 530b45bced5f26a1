// Turns Readability's article element into paragraphs of plain text. Block
// elements and <br> end a paragraph; inline markup (<a>, <b>, <span>) stays
// inside one, exactly as the reader sees it. Captions and widgets are skipped
// here because a caption is never an attributed statement.
import { normalizeSpace } from './whitespace';

/** A paragraph of the article before cleanup, with what the rules need to judge it. */
export interface Block {
  text: string;
  /** Characters of the text that sit inside links (for related-headline detection). */
  linkChars: number;
  /** Tag name of the nearest block element ("P", "LI", "H2"…). */
  tag: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never article prose. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SVG', 'IFRAME', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'MATH', 'LABEL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Plain-text paragraphs of `root` in reading order, whitespace collapsed, empty ones dropped. */
export function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = 'P';

  const flush = () => {
    const raw = parts.join('');
    const text = normalizeSpace(raw);
    if (text) {
      // Link characters were counted on raw text; scale them to the normalised length.
      const ratio = raw.length ? text.length / raw.length : 1;
      blocks.push({ text, linkChars: Math.min(text.length, Math.round(linkChars * ratio)), tag });
    }
    parts = [];
    linkChars = 0;
  };

  const walk = (node: Node, inLink: boolean, blockTag: string) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const t = child.nodeValue ?? '';
        parts.push(t);
        if (inLink) linkChars += t.length;
        tag = blockTag;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const name = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(name)) continue;
      if (name === 'BR') {
        flush();
        continue;
      }
      const isBlock = BLOCK_TAGS.has(name);
      if (isBlock) flush();
      walk(el, inLink || name === 'A', isBlock ? name : blockTag);
      if (isBlock) flush();
    }
  };

  walk(root, false, 'DIV');
  flush();
  return blocks;
}
