import { describe, expect, it } from 'vitest';
import { classifyWamUrl, isTemplateRoute } from '@/entrypoints/whatsapp.content/route';

describe('classifyWamUrl', () => {
  it.each([
    ['https://business.facebook.com/latest/whatsapp_manager/message_templates', 'templates', 'latest'],
    [
      'https://business.facebook.com/latest/whatsapp_manager/message_templates/?business_id=1&asset_id=2',
      'templates',
      'latest',
    ],
    [
      'https://business.facebook.com/latest/whatsapp_manager/template_details/?id=9&asset_id=2',
      'template-details',
      'latest',
    ],
    [
      'https://business.facebook.com/latest/whatsapp_manager/template_library?tab=template-library',
      'template-library',
      'latest',
    ],
    ['https://business.facebook.com/wa/manage/message-templates/?waba_id=3', 'templates', 'legacy'],
    ['https://business.facebook.com/wa/manage/message-templates/create', 'templates', 'legacy'],
    ['https://business.facebook.com/wa/manage/template-details/?id=9', 'template-details', 'legacy'],
    ['https://business.facebook.com/wa/manage/template-library', 'template-library', 'legacy'],
  ])('%s is a %s route of the %s UI', (url, kind, ui) => {
    expect(classifyWamUrl(url)).toMatchObject({ kind, ui });
  });

  it('reads the template, WABA and business ids from either UI', () => {
    expect(
      classifyWamUrl(
        'https://business.facebook.com/latest/whatsapp_manager/message_templates/?business_id=1&asset_id=2&id=77&tab=message-templates',
      ),
    ).toEqual({
      kind: 'templates',
      ui: 'latest',
      templateId: '77',
      wabaId: '2',
      businessId: '1',
      tab: 'message-templates',
    });
    expect(classifyWamUrl('https://business.facebook.com/wa/manage/template-details/?waba_id=5&id=6')).toMatchObject({
      wabaId: '5',
      templateId: '6',
    });
  });

  it.each([
    'https://business.facebook.com/latest/inbox/all?asset_id=2',
    'https://business.facebook.com/latest/whatsapp_manager/phone_numbers/',
    'https://business.facebook.com/wa/manage/home/',
    'https://www.facebook.com/latest/whatsapp_manager/message_templates',
  ])('%s is not a template route', (url) => {
    expect(isTemplateRoute(url)).toBe(false);
  });
});
