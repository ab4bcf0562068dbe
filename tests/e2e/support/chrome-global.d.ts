// The slice of the extension API that test code evaluates inside extension pages and the worker.
declare const chrome: {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(filter?: object): Promise<{ id: string; matches?: string[] }[]> };
};
