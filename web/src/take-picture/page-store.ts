import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

import type { Point, Quad } from '../capture/raster.js';
import type { Quality } from './quality.js';

export type { Point };
/** Corners in the photo's own pixels: top-left, top-right, bottom-right, bottom-left. */
export type Corners = Quad;
export type PageMode = 'document' | 'grey' | 'colour';

export interface CapturedPage {
  pageId: string;
  /** The session the pages belong to (one upload code). */
  sessionId: string;
  /** Position in the document, 0-based. */
  order: number;
  photo: Blob;
  width: number;
  height: number;
  corners: Corners;
  /** Quarter turns clockwise, 0–3. */
  rotation: number;
  takenAt: number;
  /** The outline was found by the finder (not placed by hand, nor the whole photo): judge it for cut-off. */
  detected?: boolean;
  /** A full-resolution still (ImageCapture), not a video frame. */
  still?: boolean;
  /** The quality gate's verdict (quality.ts), once the page has been rendered. */
  quality?: Quality;
}

export interface PictureSession {
  sessionId: string;
  /** One mode for the whole document, chosen from the first page and changeable. */
  mode: PageMode;
  modeChosenBy: 'auto' | 'citizen';
}

interface Schema extends DBSchema {
  pages: { key: string; value: CapturedPage; indexes: { bySession: string } };
  sessions: { key: string; value: PictureSession };
}

let database: Promise<IDBPDatabase<Schema>> | undefined;

/**
 * Captured pages live in IndexedDB from the moment they are taken: a reload, a crash or closing
 * the app brings the citizen back to the same pages (DESIGN.md, Flow 2).
 */
function db() {
  database ??= openDB<Schema>('passerelle-pictures', 1, {
    upgrade(store) {
      store.createObjectStore('pages', { keyPath: 'pageId' }).createIndex('bySession', 'sessionId');
      store.createObjectStore('sessions', { keyPath: 'sessionId' });
    },
  });
  return database;
}

export async function pagesOf(sessionId: string): Promise<CapturedPage[]> {
  const pages = await (await db()).getAllFromIndex('pages', 'bySession', sessionId);
  return pages.sort((a, b) => a.order - b.order);
}

export async function savePage(page: CapturedPage) {
  await (await db()).put('pages', page);
}

export async function deletePage(sessionId: string, pageId: string) {
  const store = await db();
  await store.delete('pages', pageId);
  await renumber(sessionId);
}

/** Moves a page by `offset` places and renumbers, in one transaction. */
export async function movePage(sessionId: string, pageId: string, offset: number) {
  const pages = await pagesOf(sessionId);
  const from = pages.findIndex((page) => page.pageId === pageId);
  const to = Math.max(0, Math.min(pages.length - 1, from + offset));
  if (from < 0 || from === to) return;
  const [moved] = pages.splice(from, 1);
  pages.splice(to, 0, moved!);
  const transaction = (await db()).transaction('pages', 'readwrite');
  await Promise.all([
    ...pages.map((page, order) => transaction.store.put({ ...page, order })),
    transaction.done,
  ]);
}

async function renumber(sessionId: string) {
  const pages = await pagesOf(sessionId);
  const transaction = (await db()).transaction('pages', 'readwrite');
  await Promise.all([
    ...pages.map((page, order) => transaction.store.put({ ...page, order })),
    transaction.done,
  ]);
}

export async function sessionOf(sessionId: string): Promise<PictureSession | undefined> {
  return (await db()).get('sessions', sessionId);
}

export async function saveSession(session: PictureSession) {
  await (await db()).put('sessions', session);
}

/** Once the server has confirmed the document, the pages are no longer needed on the phone. */
export async function clearSession(sessionId: string) {
  const store = await db();
  const transaction = store.transaction(['pages', 'sessions'], 'readwrite');
  const keys = await transaction.objectStore('pages').index('bySession').getAllKeys(sessionId);
  await Promise.all([
    ...keys.map((key) => transaction.objectStore('pages').delete(key)),
    transaction.objectStore('sessions').delete(sessionId),
    transaction.done,
  ]);
}
