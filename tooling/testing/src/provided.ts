// What global-setup hands to the test workers through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    serverUrl: string | null;
    serverTemplateDb: string | null;
  }
}

export {};
