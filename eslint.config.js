// One lint config; the import rules keep the layers apart (see ../shared/STYLE.md):
// shared/ imports neither side, renderer/ never imports main/, electron only in the shell,
// better-sqlite3 (and so SQL) only in main/store, zustand only in renderer/src/state.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url'];
const rule = {
  main: { group: ['**/main/**'], message: 'Reach main/ only through the contract and the API client.' },
  renderer: { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' },
  electron: {
    group: ['electron'],
    message: 'Only the Electron shell (main/electron/main.ts, preload.ts) imports electron.',
  },
  sqlite: { group: ['better-sqlite3'], message: 'better-sqlite3 and SQL live only in main/store.' },
  node: { group: NODE_BUILTINS, message: 'This code runs in a sandboxed page or is pure TypeScript.' },
  ui: { group: ['react', 'react-dom', 'zustand', 'cytoscape'], message: 'shared/ is pure TypeScript.' },
  zustand: { group: ['zustand', 'zustand/*'], message: 'Only renderer/src/state imports zustand.' },
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// The renderer's layers, matched on the import as written ('../state/store', '../../export/deliver').
const layer = {
  components: { regex: '(^|/)components/', message: 'Only components import components: UI is the top layer.' },
  exportUi: {
    regex: '(^|/)export/(?!formats/)',
    message: 'Export actions sit above state: state reaches the canvas through state/canvasViewport.',
  },
  exportFromFormats: {
    regex: '^\\.\\./(?!\\.\\./)',
    message: 'export/formats builds files from plain data: it never imports the export actions above it.',
  },
  canvas: { regex: '(^|/)canvas/(?!shapeGeometry$)', message: 'Canvas drawing code sits above state.' },
  state: { regex: '(^|/)state/', message: 'This layer sits below state: take what it needs as arguments.' },
  stateTypes: {
    regex: '(^|/)state/',
    allowTypeImports: true,
    message: 'Below components, state is read through its types only here; actions come from above.',
  },
  api: { regex: '(^|/)api/', message: 'Only state talks to the API client.' },
};
const RENDERER_LAYERS = [
  { files: ['renderer/src/state/**/*.ts'], layers: [layer.components, layer.exportUi, layer.canvas] },
  {
    files: ['renderer/src/api/**/*.ts'],
    layers: [rule.zustand, layer.components, layer.exportUi, layer.canvas, layer.state],
  },
  { files: ['renderer/src/export/**/*.ts'], layers: [rule.zustand, layer.components, layer.api] },
  {
    files: ['renderer/src/export/formats/**/*.ts'],
    layers: [rule.zustand, layer.components, layer.exportFromFormats, layer.canvas, layer.state, layer.api],
  },
  {
    files: ['renderer/src/canvas/**/*.ts'],
    ignores: ['**/*.test.ts'],
    layers: [rule.zustand, layer.components, layer.exportUi, layer.stateTypes, layer.api],
  },
  {
    files: ['renderer/src/{i18n,analysis,table,source}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    layers: [rule.zustand, layer.components, layer.exportUi, layer.canvas, layer.stateTypes, layer.api],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'artefacts/**', 'node_modules/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.shared.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.objectContaining …) are typed any; tests cast results.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(rule.main, rule.renderer, rule.electron, rule.sqlite, rule.node, rule.ui),
  },
  { files: ['shared/**/*.test.ts'], rules: restrict(rule.main, rule.renderer, rule.electron, rule.sqlite, rule.ui) },
  { files: ['main/**/*.ts'], rules: restrict(rule.renderer, rule.electron, rule.sqlite) },
  { files: ['main/store/**/*.ts'], rules: restrict(rule.renderer, rule.electron) },
  { files: ['main/electron/main.ts', 'main/electron/preload.ts'], rules: restrict(rule.renderer, rule.sqlite) },
  { files: ['build/**/*.ts'], rules: restrict(rule.renderer, rule.sqlite) },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(rule.main, rule.electron, rule.sqlite, rule.node, rule.zustand),
    },
  },
  // Layers inside the renderer, one way: components → export, canvas → state → api, with the pure
  // modules (export/formats, i18n, analysis, table, source) below state. Later blocks replace the
  // rule for their files, so each repeats the renderer's base restrictions.
  ...RENDERER_LAYERS.map(({ files, ignores, layers }) => ({
    files,
    ...(ignores === undefined ? {} : { ignores }),
    rules: restrict(rule.main, rule.electron, rule.sqlite, rule.node, ...layers),
  })),
);
