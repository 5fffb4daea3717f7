import { z } from 'zod';
import { CaseNumberConfig } from '../../core/casenumber/config.ts';
import { MergedCaseHistory } from '../../core/history/merge-feeds.ts';
import { ExtensionSettings, SETTING_KEYS, type SettingKey } from './extension-settings.ts';

/**
 * Every message between the extension's parts. The background (service worker) owns the
 * IndexedDB and the sync; the content script, popup and options page ask it. The popup asks
 * the content script of the active tab for the page's references. Both ends parse with these
 * schemas: a message is data from another context, not trusted.
 *
 * A reply is `{ ok: true, value }` or `{ ok: false, error }` (see `Reply`), so a failure in the
 * background reaches the asker as a message instead of an undefined reply.
 */

export const MAX_CASES_PER_MESSAGE = 5000;

/* ---------- content script / popup / options → background ---------- */

/** Prefetch: the histories of every reference on a page, in one message. */
export const HistoriesRequest = z.object({
  type: z.literal('histories'),
  /** Case numbers as found on the page; each is looked up by its case key (see core/casenumber). */
  caseNumbers: z.array(z.string().max(100)).max(MAX_CASES_PER_MESSAGE),
});
/** One key per asked case number, as asked: its history merged across the feeds, or null when no feed has the case. */
export const HistoriesResponse = z.object({
  histories: z.record(z.string(), MergedCaseHistory.nullable()),
});

export const GetSettingsRequest = z.object({ type: z.literal('getSettings') });
export const SettingsResponse = z.object({
  settings: ExtensionSettings,
  /** Keys fixed by policy (storage.managed). */
  locked: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]])),
  /** Policy or stored values that failed validation and were ignored, in words. */
  problems: z.array(z.string()),
  /** The case-number formats pages are scanned with: the settings', else every feed's learned ones. */
  caseNumbers: CaseNumberConfig,
});

/** What the last syncs did, for one feed or summed over the feeds. */
const SyncFigures = z.object({
  /** ISO timestamps. */
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Counts of the data in use now (the last good feed). */
  cases: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
  /** The feed's own generation time, from its manifest. */
  feedGeneratedAt: z.string().nullable(),
  /** Why the last attempt failed, in Swedish; null when it succeeded. The old data stays in use. */
  lastError: z.string().nullable(),
  /** Shards fetched and shards left unchanged in the last successful sync. */
  shardsFetched: z.number().int().nonnegative(),
  shardsUnchanged: z.number().int().nonnegative(),
});

/** What the last syncs of one feed did. */
export const FeedSyncStatus = SyncFigures.extend({
  /** The feed's manifest URL. */
  feedUrl: z.string(),
  /** The organisation its manifest names, once synced. */
  organisation: z.string().nullable(),
});
export type FeedSyncStatus = z.infer<typeof FeedSyncStatus>;

/**
 * What the last syncs did; shown on the options page and in the popup. The figures are the sums
 * over the feeds (with one feed, that feed's), and `feeds` has each feed's own.
 */
export const SyncStatus = SyncFigures.extend({
  running: z.boolean(),
  /** Each configured feed's status, in the order of the settings. */
  feeds: z.array(FeedSyncStatus).default([]),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncNowRequest = z.object({ type: z.literal('syncNow') });
export const SyncStatusRequest = z.object({ type: z.literal('syncStatus') });
export const SyncStatusResponse = z.object({ status: SyncStatus });

/** Popup: a case number (written any way the formats accept) or words of a title. */
export const SearchRequest = z.object({
  type: z.literal('search'),
  query: z.string().max(200),
  limit: z.number().int().min(1).max(100).default(20),
});
export const SearchResponse = z.object({ results: z.array(MergedCaseHistory) });

export const BackgroundRequest = z.discriminatedUnion('type', [
  HistoriesRequest,
  GetSettingsRequest,
  SyncNowRequest,
  SyncStatusRequest,
  SearchRequest,
]);
export type BackgroundRequest = z.input<typeof BackgroundRequest>;
export type BackgroundRequestType = BackgroundRequest['type'];

export const BACKGROUND_RESPONSES = {
  histories: HistoriesResponse,
  getSettings: SettingsResponse,
  syncNow: SyncStatusResponse,
  syncStatus: SyncStatusResponse,
  search: SearchResponse,
} as const satisfies Record<BackgroundRequestType, z.ZodType>;
export type BackgroundResponse<T extends BackgroundRequestType> = z.infer<(typeof BACKGROUND_RESPONSES)[T]>;

/* ---------- popup → content script of the active tab ---------- */

/** The references found on the page, in page order, one row per case. */
export const PageReferencesRequest = z.object({ type: z.literal('pageReferences') });
export const PageReference = z.object({
  caseNumber: z.string(),
  /** How many times it occurs on the page. */
  count: z.number().int().positive(),
  /** Whether the feed knows the case. */
  known: z.boolean(),
});
export const PageReferencesResponse = z.object({ references: z.array(PageReference) });
export type PageReference = z.infer<typeof PageReference>;

/** Scroll to the first occurrence of a case, focus it and open its card. */
export const ShowReferenceRequest = z.object({ type: z.literal('showReference'), caseNumber: z.string().max(100) });
export const ShowReferenceResponse = z.object({ shown: z.boolean() });

export const ContentRequest = z.discriminatedUnion('type', [PageReferencesRequest, ShowReferenceRequest]);
export type ContentRequest = z.input<typeof ContentRequest>;
export type ContentRequestType = ContentRequest['type'];

export const CONTENT_RESPONSES = {
  pageReferences: PageReferencesResponse,
  showReference: ShowReferenceResponse,
} as const satisfies Record<ContentRequestType, z.ZodType>;
export type ContentResponse<T extends ContentRequestType> = z.infer<(typeof CONTENT_RESPONSES)[T]>;

/* ---------- content script of a frame → popup ---------- */

/**
 * A frame's answer to `pageReferences`. A message to a tab reaches all its frames but takes only
 * the first answer, which is the top frame's; the frames below it send theirs as a message of
 * their own, which the popup reads with the sender's frame id.
 */
export const FrameReferencesEvent = z.object({ type: z.literal('frameReferences'), references: z.array(PageReference) });
export type FrameReferencesEvent = z.infer<typeof FrameReferencesEvent>;

/* ---------- background → content scripts (broadcast, no reply) ---------- */

/** After a successful sync or a settings change: drop cached histories and settings, ask again. */
export const DataChangedEvent = z.object({ type: z.literal('dataChanged'), what: z.enum(['histories', 'settings']) });
export type DataChangedEvent = z.infer<typeof DataChangedEvent>;

/* ---------- reply envelope ---------- */

export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export function Reply<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), ErrorReply]);
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
