/**
 * Which WhatsApp Manager screen a URL is. The manifest matches all of business.facebook.com (a match
 * pattern cannot see query strings and Meta's SPA moves between sections without reloads), so the route
 * decides in code whether to watch for an editor. Routes: ../shared/reference/whatsapp-manager-dom.md §1.
 */
export type WamRoute =
  | {
      kind: 'templates';
      ui: 'latest' | 'legacy';
      templateId?: string;
      wabaId?: string;
      businessId?: string;
      tab?: string;
    }
  | { kind: 'template-details'; ui: 'latest' | 'legacy'; templateId?: string; wabaId?: string; businessId?: string }
  | { kind: 'template-library'; ui: 'latest' | 'legacy'; wabaId?: string; businessId?: string }
  | { kind: 'other' };

export function classifyWamUrl(url: URL | string): WamRoute {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.hostname !== 'business.facebook.com') return { kind: 'other' };
  const path = u.pathname.replace(/\/+$/, '');
  const q = u.searchParams;
  const ids = {
    templateId: q.get('id') ?? undefined,
    wabaId: q.get('asset_id') ?? q.get('waba_id') ?? undefined,
    businessId: q.get('business_id') ?? undefined,
  };
  if (path === '/latest/whatsapp_manager/message_templates')
    return { kind: 'templates', ui: 'latest', tab: q.get('tab') ?? undefined, ...ids };
  if (path === '/latest/whatsapp_manager/template_details') return { kind: 'template-details', ui: 'latest', ...ids };
  if (path === '/latest/whatsapp_manager/template_library') return { kind: 'template-library', ui: 'latest', ...ids };
  // Includes the unverified legacy /create sub-path.
  if (path.startsWith('/wa/manage/message-templates')) return { kind: 'templates', ui: 'legacy', ...ids };
  if (path === '/wa/manage/template-details') return { kind: 'template-details', ui: 'legacy', ...ids };
  if (path === '/wa/manage/template-library') return { kind: 'template-library', ui: 'legacy', ...ids };
  return { kind: 'other' };
}

export function isTemplateRoute(url: URL | string): boolean {
  return classifyWamUrl(url).kind !== 'other';
}
