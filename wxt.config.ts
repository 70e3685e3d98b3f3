import { defineConfig } from 'wxt';

// The content script only runs on WhatsApp Manager; this is also the only host the extension may touch.
export const WHATSAPP_MANAGER_MATCHES = ['https://business.facebook.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Template Lens',
    description:
      "Predicts Meta's category, cost and problems of a WhatsApp Business template while you write it.",
    permissions: ['storage', 'contextMenus'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Template Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'template-lens@template-lens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
