/**
 * Reading and writing one versioned storage item safely:
 * - migrations run before every read (also when another context stored old data after this one started);
 * - whatever is found is checked against the current Zod schema; anything that fails (corrupted, foreign,
 *   from a newer version) yields the defaults plus a notice carrying the raw data, so the UI can offer to
 *   export it. Nothing is overwritten until the user saves or resets;
 * - writes are validated first and go out as one `storage.local.set` call, so a failed write (quota) leaves
 *   the previous value intact; the failure is returned, never thrown.
 */

import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';

export type StoredNoticeKind = 'corrupt' | 'migration-failed';

export interface StoredNotice {
  kind: StoredNoticeKind;
  /** The storage key, e.g. "local:preferences". */
  key: string;
  /** What was found in storage, for export. */
  raw: unknown;
  /** Technical detail (schema issues or the migration error), in English; the UI shows its own text. */
  detail: string;
}

export interface Loaded<T> {
  value: T;
  notice?: StoredNotice;
}

export type SaveErrorKind = 'quota' | 'invalid' | 'storage';
export type SaveResult = { ok: true } | { ok: false; kind: SaveErrorKind; key: string; message: string };

export type AnyItem = WxtStorageItem<unknown, Record<string, unknown>>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export async function readItem<T>(item: AnyItem, schema: z.ZodType<T>, fallback: T): Promise<Loaded<T>> {
  let migrationError: string | null = null;
  try {
    await item.migrate();
  } catch (error) {
    migrationError =
      error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : String(error);
  }
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch (error) {
    return { value: fallback, notice: { kind: 'corrupt', key: item.key, raw: null, detail: String(error) } };
  }
  if (raw === null || raw === undefined) return { value: fallback };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  return {
    value: fallback,
    notice: {
      kind: migrationError ? 'migration-failed' : 'corrupt',
      key: item.key,
      raw,
      detail: migrationError ?? describeIssues(parsed.error),
    },
  };
}

export function classifyStorageError(error: unknown): SaveErrorKind {
  const message = error instanceof Error ? error.message : String(error);
  return /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA|too large|exceed/i.test(message) ? 'quota' : 'storage';
}

/**
 * Writes the value and its version marker (`<key>$` = { v }, @wxt-dev/storage's own metadata format) in ONE
 * storage.set call. Writing the value alone (item.setValue) would leave it unversioned after the storage was
 * cleared while a page stayed open, and the next read would then run every migration on current data.
 */
export async function writeItem<T>(
  item: AnyItem,
  schema: z.ZodType<T>,
  value: T,
  version: number,
): Promise<SaveResult> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, kind: 'invalid', key: item.key, message: describeIssues(parsed.error) };
  try {
    await storage.setItems([
      { key: item.key, value: parsed.data },
      { key: `${item.key}$` as typeof item.key, value: { v: version } },
    ]);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      kind: classifyStorageError(error),
      key: item.key,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
