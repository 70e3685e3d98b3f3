import { useT } from '@/components/i18n';
import { DEFAULT_PREFERENCES, DEFAULT_RATE_CARDS, useSettings } from '@/components/settings';
import { Button, downloadText, Notice } from '@/components/ui';

/** Unreadable stored data (with export + replace) and failed saves (quota, storage errors). */
export function StorageNotices() {
  const t = useT();
  const notices = useSettings((s) => s.notices);
  const saveError = useSettings((s) => s.saveError);
  const dismissSaveError = useSettings((s) => s.dismissSaveError);
  const updatePreferences = useSettings((s) => s.updatePreferences);
  const setRateCards = useSettings((s) => s.setRateCards);

  return (
    <>
      {notices.map((notice) => {
        const isPreferences = notice.key.endsWith(':preferences');
        const what = t(isPreferences ? 'notice.what.preferences' : 'notice.what.rateCards');
        const fileName = `template-lens-${isPreferences ? 'preferences' : 'rate-tables'}-found.json`;
        return (
          <Notice key={notice.key} kind="warning">
            <p>{t(notice.kind === 'corrupt' ? 'notice.corrupt' : 'notice.migrationFailed', { what })}</p>
            <p className="tl-hint">{notice.detail}</p>
            <div className="tl-row">
              <Button onClick={() => downloadText(fileName, JSON.stringify(notice.raw, null, 2), 'application/json')}>
                {t('notice.export')}
              </Button>
              <Button
                variant="danger"
                onClick={() =>
                  void (isPreferences ? updatePreferences(DEFAULT_PREFERENCES) : setRateCards(DEFAULT_RATE_CARDS))
                }
              >
                {t('notice.useDefaults')}
              </Button>
            </div>
          </Notice>
        );
      })}
      {saveError ? (
        <Notice kind="error">
          <p>
            {saveError.kind === 'quota'
              ? t('save.quota')
              : saveError.kind === 'invalid'
                ? t('save.invalid', { message: saveError.message })
                : t('save.storage', { message: saveError.message })}
          </p>
          <Button onClick={dismissSaveError}>{t('options.dismiss')}</Button>
        </Notice>
      ) : null}
    </>
  );
}
