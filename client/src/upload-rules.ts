// Which files the page sends for ingestion, decided before anything is uploaded, so a
// refused file gets a clear reason at once. Pure.
export const ACCEPTED_EXTENSIONS = ['.txt', '.docx', '.pdf', '.html', '.htm'] as const;
export const MAX_UPLOAD_MB = 20;

export type UploadCheck = { ok: true } | { ok: false; reason: 'type' | 'size' };

export function checkUpload(name: string, size: number): UploadCheck {
  const lower = name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension))) return { ok: false, reason: 'type' };
  if (size > MAX_UPLOAD_MB * 1024 * 1024) return { ok: false, reason: 'size' };
  return { ok: true };
}

/** The message of an error answer, whatever shape the server gave it. */
export function errorMessage(body: unknown, status: number): string {
  if (body && typeof body === 'object') {
    const record = body as { message?: unknown; error?: unknown; errors?: { message?: unknown }[]; files?: { error?: { message?: unknown } }[] };
    const refusal = record.files?.find((file) => typeof file.error?.message === 'string')?.error?.message;
    if (typeof refusal === 'string') return refusal;
    if (typeof record.message === 'string') return record.message;
    if (typeof record.error === 'string') return record.error;
    if (record.error && typeof record.error === 'object' && typeof (record.error as { message?: unknown }).message === 'string') {
      return (record.error as { message: string }).message;
    }
    const first = record.errors?.[0]?.message;
    if (typeof first === 'string') return first;
  }
  return `HTTP ${status}`;
}
