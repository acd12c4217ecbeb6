// Adding documents by drag and drop. Writes need the API token: asked for once, kept for
// the browser session only (sessionStorage), sent as a bearer token.
import { h, fill } from '../dom.ts';
import { checkUpload, errorMessage, MAX_UPLOAD_MB, ACCEPTED_EXTENSIONS } from '../upload-rules.ts';
import { t } from '../i18n.ts';

const TOKEN_KEY = 'vn-policy-graph.api-token';

async function sendFile(file: File, token: string): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  const form = new FormData();
  form.append('files', file, file.name);
  const response = await fetch('upload', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (response.ok) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  return { ok: false, status: response.status, message: errorMessage(body, response.status) };
}

export function createUpload(onIngested: () => void): HTMLElement {
  const messages = h('ul', { class: 'upload-messages', 'aria-live': 'polite' });
  const tokenInput = h('input', { id: 'api-token', type: 'password', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
  const fileInput = h('input', { type: 'file', multiple: true, accept: ACCEPTED_EXTENSIONS.join(','), class: 'sr-only', id: 'upload-files' });
  const say = (text: string, kind: 'ok' | 'error' | 'info'): void => {
    messages.append(h('li', { class: kind }, text));
  };

  const ingest = async (files: File[]): Promise<void> => {
    fill(messages);
    const token = tokenInput.value.trim();
    if (!token) {
      say(t('uploadTokenNeeded'), 'error');
      tokenInput.focus();
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    const accepted: File[] = [];
    for (const file of files) {
      const check = checkUpload(file.name, file.size);
      if (check.ok) accepted.push(file);
      else say(check.reason === 'type' ? t('uploadRefusedType', { file: file.name }) : t('uploadRefusedSize', { file: file.name, max: MAX_UPLOAD_MB }), 'error');
    }
    if (accepted.length === 0) return;
    say(t('uploadSending', { count: accepted.length }), 'info');
    let added = 0;
    for (const file of accepted) {
      try {
        const outcome = await sendFile(file, token);
        if (outcome.ok) {
          added++;
          say(t('uploadDone', { file: file.name }), 'ok');
        } else if (outcome.status === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          say(t('uploadUnauthorized'), 'error');
          return;
        } else say(t('uploadFailed', { file: file.name, message: outcome.message }), 'error');
      } catch (error) {
        say(t('uploadFailed', { file: file.name, message: error instanceof Error ? error.message : String(error) }), 'error');
      }
    }
    if (added > 0) onIngested();
  };

  const zone = h('label', { class: 'drop-zone', for: 'upload-files', tabindex: 0 }, t('uploadHint'));
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    void ingest([...(event.dataTransfer?.files ?? [])]);
  });
  fileInput.addEventListener('change', () => void ingest([...(fileInput.files ?? [])]));
  return h('details', { class: 'upload' },
    h('summary', {}, t('upload')),
    h('div', { class: 'upload-body' },
      h('label', { for: 'api-token' }, t('uploadToken')), tokenInput,
      zone, fileInput, messages));
}
