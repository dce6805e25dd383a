/** The rewrite options a person sets (multi-stage, BuildKit cache mounts, the runtime user's UID): one form, used wherever they are offered. */
import { appStore, useApp, useT } from '../store/app-store';

export function RewriteOptionFields() {
  const t = useT();
  const choices = useApp((s) => s.choices);
  return (
    <>
      <label className="option">
        <input
          type="checkbox"
          checked={choices.multiStage}
          onChange={(e) => appStore().getState().setChoices({ multiStage: e.target.checked })}
        />{' '}
        {t('optionMultiStage')}
      </label>
      <label className="option">
        <input
          type="checkbox"
          checked={choices.cacheMounts}
          onChange={(e) => appStore().getState().setChoices({ cacheMounts: e.target.checked })}
        />{' '}
        {t('optionCacheMounts')}
      </label>
      <label className="option">
        {t('optionUid')}{' '}
        <input
          type="number"
          min={1}
          max={2147483646}
          value={choices.runtimeUid}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n > 0 && n < 2 ** 31)
              appStore().getState().setChoices({ runtimeUid: n });
          }}
        />
      </label>
    </>
  );
}
