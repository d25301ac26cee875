/**
 * The layers of src/, bottom to top (README, "Cấu trúc thư mục / Layout"). A module may import
 * from its own layer and the layers below, never from a layer above; no two folders may import
 * each other, even through others (no folder cycle), and no module cycle. `npm run lint` runs this.
 */
const LAYERS = [
  ['types', 'results', 'tool', 'util', 'text', 'messages', 'errors', 'facts'],
  ['yaml'],
  ['legal'],
  ['plan'],
  ['rules'],
  ['engine'],
  ['review'],
  ['report'],
  ['check'],
  ['diff', 'annex', 'import', 'render', 'docx', 'tools'],
  ['batch'],
  ['serve'],
  ['cli'],
  ['index'],
];

/** A path pattern for the folders (src/x/...) and top-level files (src/x.ts) named. */
const inLayers = (names) => `^src/(${names.join('|')})(/|[.]ts$)`;
const ALL = LAYERS.flat();

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `up-from-${layer.join('+')}`,
      comment: `${layer.join(', ')} may not import from a layer above it (${LAYERS.slice(i + 1)
        .flat()
        .join(', ')}): move the shared part down instead`,
      severity: 'error',
      from: { path: inLayers(layer) },
      to: { path: inLayers(LAYERS.slice(i + 1).flat()) },
    })),
    {
      name: 'not-in-a-layer',
      comment: 'every folder and top-level file of src/ has a place in LAYERS (.dependency-cruiser.cjs) and in the README layout',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: inLayers(ALL) },
    },
    {
      name: 'no-folder-cycle',
      comment: 'two folders that import each other, even through other folders, are one concept split in two or a layer upside down',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      comment: 'modules that import each other',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
