import ReactDOM from 'react-dom/client';
import { isTemplateRoute } from './route';

/** Stable test contract: automated checks read the panel host by this id and its data-* attributes. */
export const PANEL_TESTID = 'template-lens';

export default defineContentScript({
  matches: ['https://business.facebook.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let ui: Awaited<ReturnType<typeof createShadowRootUi<ReactDOM.Root>>> | undefined;

    const sync = async () => {
      const wanted = isTemplateRoute(location.href);
      if (wanted && !ui) {
        ui = await createShadowRootUi(ctx, {
          name: 'template-lens-panel',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          onMount(container, _shadow, host) {
            host.setAttribute('data-testid', PANEL_TESTID);
            host.setAttribute('data-verdict', 'not-detected');
            host.setAttribute('data-category', '');
            host.setAttribute('data-selected-category', '');
            const root = ReactDOM.createRoot(container);
            root.render(<p>Template Lens: no template editor detected on this page.</p>);
            return root;
          },
          onRemove(root) {
            root?.unmount();
          },
        });
        ui.mount();
      } else if (!wanted && ui) {
        ui.remove();
        ui = undefined;
      }
    };

    ctx.addEventListener(window, 'wxt:locationchange', () => void sync());
    await sync();
  },
});
