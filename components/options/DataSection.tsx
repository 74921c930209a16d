import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Button, Card } from '../ui';
import { downloadJson, exportFilename } from './download';

export interface DataActions {
  /** Everything Selfkind keeps, as one JSON-ready value. */
  exportData: () => Promise<unknown>;
  /** Validates and, only when all of it is valid, replaces the data. Resolves false on a bad file. */
  /** True when imported; false when the file is not Selfkind data; the version of a newer Selfkind's file. */
  importData: (value: unknown) => Promise<boolean | { newerVersion: number }>;
  deleteAll: () => Promise<void>;
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

/** Export, import and delete, each with a calm, clear outcome. */
export function DataSection({ actions }: { actions: DataActions }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);

  // Focus follows the confirmation step: to "Yes, delete" when it opens, back to the start after.
  useEffect(() => {
    if (!toggled.current) return;
    (confirming ? confirmButton : deleteButton).current?.focus();
  }, [confirming]);

  function setConfirmStep(open: boolean) {
    toggled.current = true;
    setConfirming(open);
  }

  async function run(step: () => Promise<Notice>) {
    setBusy(true);
    try {
      setNotice(await step());
    } catch {
      setNotice({ tone: 'error', text: t('options_data_failed') });
    } finally {
      setBusy(false);
    }
  }

  const exportNow = () =>
    run(async () => {
      downloadJson(await actions.exportData(), exportFilename());
      return { tone: 'ok', text: t('options_data_exported') };
    });

  const importFile = (file: File) =>
    run(async () => {
      let value: unknown;
      try {
        value = JSON.parse(await file.text());
      } catch {
        return { tone: 'error', text: t('options_data_import_bad') };
      }
      const imported = await actions.importData(value);
      if (typeof imported === 'object')
        return {
          tone: 'error',
          text: t('options_data_import_newer', String(imported.newerVersion)),
        };
      return imported
        ? { tone: 'ok', text: t('options_data_imported') }
        : { tone: 'error', text: t('options_data_import_bad') };
    });

  const deleteNow = () =>
    run(async () => {
      await actions.deleteAll();
      setConfirmStep(false);
      return { tone: 'ok', text: t('options_data_deleted') };
    });

  return (
    <Card as="section" id="data" title={t('options_data_title')}>
      <p class="sk-muted">{t('options_data_intro')}</p>
      <div class="sk-row">
        <Button onClick={exportNow} disabled={busy}>
          {t('options_data_export')}
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('options_data_import')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="sk-visually-hidden"
          tabIndex={-1}
          aria-label={t('options_data_import')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p
        class={notice?.tone === 'error' ? 'sk-field__error' : 'sk-status'}
        role={notice?.tone === 'error' ? 'alert' : 'status'}
        data-testid="data-notice"
      >
        {notice?.text ?? ''}
      </p>

      <h3 class="sk-options__subhead">{t('options_delete_title')}</h3>
      {confirming ? (
        <div class="sk-card sk-card--warm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">{t('options_delete_confirm_text')}</p>
          <div class="sk-row">
            <Button ref={confirmButton} variant="danger" onClick={deleteNow} disabled={busy}>
              {t('options_delete_confirm')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirmStep(false)}>
              {t('options_delete_keep')}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={deleteButton} variant="danger" onClick={() => setConfirmStep(true)}>
          {t('options_delete_start')}
        </Button>
      )}
    </Card>
  );
}
