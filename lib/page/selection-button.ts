// When to show the selection buttons: a settled selection of at least five
// words outside Sverka's own UI. Escape, a shorter or collapsed selection, or
// a click elsewhere hides them. "Annotate" joins "Look up" when the selection
// can be described as selectors (see lib/annotations/content.ts); that
// description is taken when the buttons show, because by the click the
// selection may be gone. Mounting is the caller's (the content script
// mounts a shadow root), so this logic runs in unit tests with a fake.
import { buttonPosition, quoteOf } from './selection';
import type { Scheduler } from './schedule';
import type { SelectionActions } from './lookup-button';
import type { PageSelection } from '../annotations/selection';

export interface ButtonHost {
  /** Shows the buttons at document coordinates; each action runs on the reader's click on its button. */
  show(pos: { x: number; y: number }, actions: SelectionActions): void;
  hide(): void;
  /** True for events and selections inside the button itself. */
  contains(node: Node | null): boolean;
}

export interface SelectionButtonDeps {
  doc: Document;
  win: Window;
  sched: Scheduler;
  host: ButtonHost;
  /** Sends quoteSelected. */
  lookUp(text: string): void;
  /** The current selection as selectors, or null when it cannot be annotated (no visible text, too long). */
  describe?(): PageSelection | null;
  /** Sends selectionAnnotated. */
  annotate?(selection: PageSelection): void;
  /** How long the selection must stay still before the button appears (the reader may still be dragging). */
  settleMs?: number;
}

export class SelectionButton {
  private timer: number | undefined;
  private shownFor: string | undefined;
  private dismissedFor: string | undefined;

  constructor(private deps: SelectionButtonDeps) {}

  /** selectionchange: re-evaluate once the selection has been still for a moment. */
  selectionChanged(): void {
    const { sched } = this.deps;
    if (this.timer !== undefined) sched.cancel(this.timer);
    const sel = this.deps.win.getSelection();
    if (!sel || sel.isCollapsed) {
      this.hide();
      this.dismissedFor = undefined;
      return;
    }
    this.timer = sched.later(() => {
      this.timer = undefined;
      this.evaluate();
    }, this.deps.settleMs ?? 250);
  }

  /** The reader starts a new selection (mouse or keyboard): a dismissal applies to the old one only. */
  selectStarted(): void {
    this.dismissedFor = undefined;
  }

  /** Escape hides the button until the selection changes. */
  keyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.shownFor === undefined) return;
    this.dismissedFor = this.shownFor;
    this.hide();
  }

  get visible(): boolean {
    return this.shownFor !== undefined;
  }

  hide(): void {
    if (this.shownFor === undefined) return;
    this.shownFor = undefined;
    this.deps.host.hide();
  }

  private evaluate(): void {
    const sel = this.deps.win.getSelection();
    if (!sel || sel.isCollapsed || this.deps.host.contains(sel.anchorNode)) return this.hide();
    const quote = quoteOf(sel.toString());
    if (!quote || quote === this.dismissedFor) return this.hide();
    const pos = buttonPosition(sel, this.deps.win);
    if (!pos) return this.hide();
    this.shownFor = quote;
    const { annotate, describe } = this.deps;
    const selection = annotate && describe ? describe() : null;
    this.deps.host.show(pos, {
      lookUp: () => {
        this.deps.lookUp(quote);
        this.hide();
      },
      ...(annotate && selection
        ? {
            annotate: () => {
              annotate(selection);
              this.hide();
            },
          }
        : {}),
    });
  }
}
