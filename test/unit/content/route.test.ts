import { describe, expect, it } from 'vitest';
import { classifyWamUrl, isTemplateRoute } from '@/entrypoints/whatsapp.content/route';

const H = 'https://business.facebook.com';
const FILTERS = encodeURIComponent(
  '{"date_range":7,"language":[],"quality":[],"search_text":"","status":["APPROVED","IN_APPEAL","PAUSED","PENDING","REJECTED"],"tag":[]}',
);

describe('classifyWamUrl (URLs from DOM ref §1)', () => {
  it.each([
    [`${H}/latest/whatsapp_manager/message_templates`, { kind: 'templates', ui: 'latest' }],
    [
      `${H}/latest/whatsapp_manager/message_templates/?business_id=11&asset_id=22&filters=${FILTERS}`,
      { kind: 'templates', ui: 'latest', businessId: '11', wabaId: '22' },
    ],
    [
      `${H}/latest/whatsapp_manager/message_templates/?business_id=11&tab=message-templates&childRoute=CAPI&id=33&nav_ref=whatsapp_manager&asset_id=22`,
      { kind: 'templates', ui: 'latest', businessId: '11', wabaId: '22', templateId: '33', tab: 'message-templates' },
    ],
    [
      `${H}/latest/whatsapp_manager/template_details/?business_id=11&tab=mt-edit&id=33&nav_ref=whatsapp_manager&asset_id=22`,
      { kind: 'template-details', ui: 'latest', businessId: '11', wabaId: '22', templateId: '33' },
    ],
    [
      `${H}/latest/whatsapp_manager/template_library?business_id=11&tab=template-library&asset_id=22`,
      { kind: 'template-library', ui: 'latest', businessId: '11', wabaId: '22' },
    ],
    [`${H}/wa/manage/message-templates/?waba_id=22`, { kind: 'templates', ui: 'legacy', wabaId: '22' }],
    [`${H}/wa/manage/message-templates/create`, { kind: 'templates', ui: 'legacy' }],
    [
      `${H}/wa/manage/template-details/?business_id=11&waba_id=22&id=33&date_range=last_30_days`,
      { kind: 'template-details', ui: 'legacy', businessId: '11', wabaId: '22', templateId: '33' },
    ],
    [`${H}/wa/manage/template-library`, { kind: 'template-library', ui: 'legacy' }],
    [`${H}/latest/whatsapp_manager/overview/`, { kind: 'other' }],
    [`${H}/wa/manage/home/`, { kind: 'other' }],
    ['https://www.facebook.com/latest/whatsapp_manager/message_templates', { kind: 'other' }],
  ])('%s', (url, expected) => {
    const r = classifyWamUrl(url);
    expect(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it('says which routes should switch on editor detection', () => {
    expect(isTemplateRoute(`${H}/latest/whatsapp_manager/message_templates/`)).toBe(true);
    expect(isTemplateRoute(`${H}/latest/whatsapp_manager/phone_numbers/`)).toBe(false);
  });
});
