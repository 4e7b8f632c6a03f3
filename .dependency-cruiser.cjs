// The archive's layers, lowest first (../ARCHITECTURE in the README's "Layout"): a module imports only
// from its own layer or lower ones, and nothing imports in a cycle. `npm test` runs this check.
const LAYERS = [
  ["src/util/", "src/data/", "src/types/"],
  ["src/entry\\.ts$", "src/facts/", "src/settings/"],
  ["src/load/"],
  ["src/extract/"],
  ["src/prepare/"],
  ["src/archive/"],
  ["src/search/", "src/site/", "src/report/"],
  ["src/output/"],
  ["src/pipeline"],
  ["src/cli\\.ts$", "^\\.eleventy\\.ts$", "^templates/"],
];
const anyOf = (paths) => `^(?:${paths.map((p) => (p.startsWith("^") ? p.slice(1) : p)).join("|")})`;

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${i}-imports-up`,
  comment: `${layer.join(", ")} may not import from a higher layer: move what it needs down instead`,
  severity: "error",
  from: { path: anyOf(layer) },
  to: { path: anyOf(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "modules that import each other, directly or round a loop, cannot be understood or tested apart",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "search-knows-no-pages",
      comment: "the search index and client sit beside the site: the site may read search's types, not the other way round",
      severity: "error",
      from: { path: "^src/(?:search|report)/" },
      to: { path: "^src/site/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(?:node_modules|tests|bench)/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
