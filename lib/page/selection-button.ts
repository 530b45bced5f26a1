// When to show the lookup button: a settled selection of at least five words
// outside Sverka's own UI. Escape, a shorter or collapsed selection, or a
// click elsewhere hides it. Mounting is the caller's (the content script
// mounts a shadow root), so this logic runs in unit tests with a fake.
import { buttonPosition, quoteOf } from './selection';
import type { Scheduler } from './schedule';

export interface ButtonHost {
  /** Shows the button at document coordinates; `onActivate` runs on the reader's click. */
  show(pos: { x: number; y: number }, onActivate: () => void): void;
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
    this.deps.host.show(pos, () => {
      this.deps.lookUp(quote);
      this.hide();
    });
  }
}
