// Keyboard focus follows the buttons that appear and disappear: Edit again when the editor closes, Cancel when a
// removal asks for confirmation, Remove when it is cancelled. The focus moves in a layout effect, in the same task
// as the DOM change: with a plain effect it sat on <body> for a frame after the old button was removed (what a
// screen reader announces), and an end-to-end test that checked it right after the change saw that under load.
import { useLayoutEffect, useState } from 'preact/hooks';

/** A setter: call it with a selector inside `root`, and the element it finds gets the focus once rendered. */
export function useFocusTarget(root: { readonly current: HTMLElement | null }): (selector: string) => void {
  const [target, setTarget] = useState<string | undefined>();
  useLayoutEffect(() => {
    if (!target) return;
    root.current?.querySelector<HTMLElement>(target)?.focus();
    setTarget(undefined);
  }, [target]);
  return setTarget;
}
