import type { PanelPosition } from '@/components/settings/preferences';
import type { PanelPlacement } from './Panel';

export const PANEL_WIDTH = 380;
const GAP = 12;
const MARGIN = 16;

interface Box {
  top: number;
  right: number;
  left: number;
}

/**
 * Dock the panel to the right of the editor when the viewport has room for it; otherwise float it in the
 * bottom-right corner, where it covers the least of Meta's form.
 */
export function placePanel(
  preference: PanelPosition,
  editor: Box | null,
  viewport: { width: number; height: number },
): PanelPlacement {
  if (preference !== 'docked' || !editor) return { mode: 'floating' };
  const left = editor.right + GAP;
  if (left + PANEL_WIDTH + MARGIN > viewport.width) return { mode: 'floating' };
  const top = Math.min(Math.max(editor.top, MARGIN), Math.max(MARGIN, viewport.height - 160));
  return { mode: 'docked', top: Math.round(top), left: Math.round(left) };
}
