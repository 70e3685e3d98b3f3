import { defineConfig } from 'wxt';

// The content script only runs on WhatsApp Manager; this is also the only host the extension may touch.
export const WHATSAPP_MANAGER_MATCHES = ['https://business.facebook.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // `npm start` (cli/start.ts) passes the browsers it found on this machine.
  webExt: {
    binaries: {
      ...(process.env.TEMPLATE_LENS_CHROMIUM ? { chrome: process.env.TEMPLATE_LENS_CHROMIUM } : {}),
      ...(process.env.TEMPLATE_LENS_FIREFOX ? { firefox: process.env.TEMPLATE_LENS_FIREFOX } : {}),
    },
  },
  manifest: ({ browser }) => ({
    name: 'Template Lens',
    description: "Predicts Meta's category, cost and problems of a WhatsApp Business template while you write it.",
    permissions: ['storage', 'contextMenus'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Template Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'template-lens@template-lens.dev',
              // 140 is the first desktop release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
