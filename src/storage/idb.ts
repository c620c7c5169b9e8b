/**
 * Open the IndexedDB object store the path library lives in, as idb-keyval's UseStore.
 * Unlike idb-keyval's createStore it repairs a database that exists without the store
 * (an older or foreign version of the site made it): it upgrades the database by one
 * version and adds the store, rather than failing on every call for good. A failed open is
 * forgotten, so the next call tries again.
 */
import type { UseStore } from 'idb-keyval';

function openDb(factory: IDBFactory, name: string, store: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('IndexedDB could not be opened', 'UnknownError'));
    request.onblocked = () => reject(new DOMException('Another tab holds the database open', 'InvalidStateError'));
  });
}

/** The browser's IndexedDB; reading it can throw (blocked site data), so it is read only when needed. */
function browserIndexedDb(): IDBFactory {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new DOMException('IndexedDB is not available', 'SecurityError');
  return factory;
}

export function openStore(name: string, store: string, given?: IDBFactory): UseStore {
  let db: Promise<IDBDatabase> | undefined;
  const connect = async (): Promise<IDBDatabase> => {
    const factory = given ?? browserIndexedDb();
    let opened = await openDb(factory, name, store);
    if (!opened.objectStoreNames.contains(store)) {
      const next = opened.version + 1;
      opened.close();
      opened = await openDb(factory, name, store, next);
    }
    const forget = (): void => {
      db = undefined;
    };
    opened.onclose = forget;
    opened.onversionchange = () => {
      opened.close();
      forget();
    };
    return opened;
  };
  return (mode, callback) => {
    const current = (db ??= connect());
    current.catch(() => {
      if (db === current) db = undefined;
    });
    return current.then((d) => callback(d.transaction(store, mode).objectStore(store)));
  };
}
