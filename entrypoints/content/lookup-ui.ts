// The selection buttons' shadow root, mounted with WXT's createShadowRootUi. The
// host element is added to the page only while a selection is shown and is
// removed with it (and when the extension reloads).
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildSelectionButtons, LOOKUP_CSS, LOOKUP_UI_NAME, placeHost, type SelectionActions, type SelectionLabels } from '../../lib/page/lookup-button';
import type { ButtonHost } from '../../lib/page/selection-button';

export async function lookupButtonHost(ctx: ContentScriptContext, labels: SelectionLabels): Promise<ButtonHost> {
  let position = { x: 0, y: 0 };
  let actions: SelectionActions = { lookUp: () => {} };
  let shown = false;
  const ui = await createShadowRootUi(ctx, {
    name: LOOKUP_UI_NAME,
    position: 'inline',
    // On the root element, so absolute coordinates are the document's even when <body> is positioned.
    anchor: () => document.documentElement,
    append: 'last',
    css: LOOKUP_CSS,
    onMount(container, _shadow, host) {
      placeHost(host, position);
      buildSelectionButtons(container, labels, actions);
    },
  });
  return {
    show(pos, next) {
      position = pos;
      actions = next;
      if (shown) ui.remove();
      ui.mount();
      shown = true;
    },
    hide() {
      if (!shown) return;
      ui.remove();
      shown = false;
    },
    contains: (node) => !!node && (node === ui.shadowHost || ui.shadowHost.contains(node) || ui.shadow.contains(node)),
  };
}
