import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Account, ProcedureSummary } from './account-api.js';

/**
 * What the phone shows offline: the account and the procedures lists last seen, with when. Documents
 * are never kept here (SECURITY.md row 48): a file is on the phone only if the citizen downloaded it.
 * Forgotten when the phone is unlinked (`forgetAccount`).
 */
export interface Seen<T> {
  value: T;
  at: number;
}

interface Schema extends DBSchema {
  seen: { key: string; value: Seen<unknown> };
}

let database: Promise<IDBPDatabase<Schema>> | undefined;
const db = () => {
  database ??= openDB<Schema>('passerelle-account', 1, {
    upgrade(store) {
      store.createObjectStore('seen');
    },
  });
  return database;
};

const keys = {
  account: 'account',
  procedures: (espaceId: string) => `procedures:${espaceId}`,
};

async function remember<T>(key: string, value: T) {
  await (await db()).put('seen', { value, at: Date.now() }, key).catch(() => undefined);
}

async function recall<T>(key: string): Promise<Seen<T> | undefined> {
  return (await (await db()).get('seen', key).catch(() => undefined)) as Seen<T> | undefined;
}

export const accountCache = {
  saveAccount: (account: Account) => remember(keys.account, account),
  account: () => recall<Account>(keys.account),
  saveProcedures: (espaceId: string, list: ProcedureSummary[]) => remember(keys.procedures(espaceId), list),
  procedures: (espaceId: string) => recall<ProcedureSummary[]>(keys.procedures(espaceId)),
};

export async function forgetAccount() {
  await (await db()).clear('seen').catch(() => undefined);
}
