/**
 * Starting points for the playground, written for Template Lens (not from any corpus). Each shows one thing
 * the panel explains; the expected outcome follows Meta's rules in the reference (§1.3–1.5).
 */
import { AUTH_PRESET_BODY, AUTH_SECURITY_TEXT, authExpiryText } from '@/core/template/auth-preset';
import type { Localized } from '@/core/types';
import { type EditorState, EMPTY_EDITOR } from './editor-state';

export interface PlaygroundPreset {
  id: string;
  title: Localized;
  state: EditorState;
}

export const PLAYGROUND_PRESETS: readonly PlaygroundPreset[] = [
  {
    id: 'order-shipped',
    title: { en: 'Order shipped (Utility)', es: 'Pedido enviado (Utility)', pt: 'Pedido enviado (Utility)' },
    state: {
      ...EMPTY_EDITOR,
      name: 'order_shipped',
      category: 'UTILITY',
      body: 'Hi {{1}}, your order {{2}} has shipped and should arrive on {{3}}. Reply to this message if anything is wrong.',
      samples: { '1': 'Ana', '2': '4521', '3': 'Friday' },
      buttons: [{ type: 'URL', text: 'Track order', value: 'https://shop.example/track' }],
    },
  },
  {
    id: 'coupon-in-utility',
    title: {
      en: 'Order update with a coupon (becomes Marketing)',
      es: 'Aviso de pedido con cupón (pasa a Marketing)',
      pt: 'Aviso de pedido com cupom (vira Marketing)',
    },
    state: {
      ...EMPTY_EDITOR,
      name: 'order_shipped_promo',
      category: 'UTILITY',
      body: 'Hi {{1}}, your order {{2}} has shipped and should arrive on {{3}}.\nUse code THANKS10 for 10% off your next purchase!',
      samples: { '1': 'Ana', '2': '4521', '3': 'Friday' },
    },
  },
  {
    id: 'otp-in-utility',
    title: {
      en: 'Login code sent as Utility (rejected)',
      es: 'Código de acceso como Utility (rechazada)',
      pt: 'Código de acesso como Utility (rejeitado)',
    },
    state: {
      ...EMPTY_EDITOR,
      name: 'login_code',
      category: 'UTILITY',
      body: 'Your login code is {{1}}. It expires in 10 minutes.',
      samples: { '1': '483920' },
    },
  },
  {
    id: 'authentication',
    title: {
      en: "Meta's authentication text",
      es: 'Texto de autenticación de Meta',
      pt: 'Texto de autenticação da Meta',
    },
    state: {
      ...EMPTY_EDITOR,
      name: 'verify_code',
      category: 'AUTHENTICATION',
      body: `${AUTH_PRESET_BODY} ${AUTH_SECURITY_TEXT}`,
      footer: authExpiryText(10),
      samples: { '1': '483920' },
      buttons: [{ type: 'COPY_CODE', text: 'Copy code', value: '483920' }],
    },
  },
];
