/** monaco-editor's translation tables are side-effect modules without types. */
declare module 'monaco-editor/nls/lang/ko';
