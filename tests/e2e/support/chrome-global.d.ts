// The slice of the extension API that test code evaluates inside extension pages and the worker.
interface TestStorageArea {
  get(key: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]>; remove(ids: number[]): Promise<void>; sendMessage(tabId: number, message: object): Promise<unknown> };
  storage: { sync: TestStorageArea; local: TestStorageArea };
  contextMenus: { update(id: string, props: object): Promise<void> };
  scripting: {
    getRegisteredContentScripts(filter?: object): Promise<{ id: string; matches?: string[] }[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
};
