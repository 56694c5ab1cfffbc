// Builds what the fill engine's browser tests and benchmark inject into headless Chromium:
// - the framework fixtures (tests/fixtures/frameworks/: React 19, Vue 3, Angular-style), each a
//   self-contained <name>.html + <name>.js, bundled with esbuild;
// - the engine bundle (lib/fill + lib/detect's collectFields) as an IIFE setting window.__formlotse.
// Built at test setup into a temporary folder, so no build output is committed.
// CLI: node scripts/build-framework-fixtures.mjs OUT_DIR
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures/frameworks');

export const FRAMEWORK_FIXTURES = {
  react: 'react-form.tsx',
  vue: 'vue-form.js',
  angular: 'angular-style-form.js',
};

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  write: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  jsx: 'automatic',
};

/** The engine as one script: window.__formlotse = { planFill, executeFill, undoFill, clearHighlights, collectFields, … }. */
export async function buildEngineBundle() {
  const result = await build({
    ...common,
    stdin: {
      contents: "import * as fill from './lib/fill/index.ts'; import { collectFields } from './lib/detect/collect.ts'; window.__formlotse = { ...fill, collectFields };",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'formlotse-engine.ts',
    },
  });
  return result.outputFiles[0].text;
}

/** Writes <name>.html and <name>.js per framework fixture into outDir; returns the page file names. */
export async function buildFrameworkFixtures(outDir) {
  await mkdir(outDir, { recursive: true });
  const pages = {};
  for (const [name, entry] of Object.entries(FRAMEWORK_FIXTURES)) {
    const result = await build({
      ...common,
      entryPoints: [join(fixtures, entry)],
      // Vue's full build compiles the fixture's template at runtime (v-model as written).
      alias: name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
    });
    await writeFile(join(outDir, `${name}.js`), result.outputFiles[0].text);
    await writeFile(
      join(outDir, `${name}.html`),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${name} form</title></head>` +
        `<body><div id="root"></div><script src="${name}.js"></script></body></html>\n`,
    );
    pages[name] = `${name}.html`;
  }
  return pages;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/build-framework-fixtures.mjs OUT_DIR');
    process.exit(2);
  }
  const pages = await buildFrameworkFixtures(out);
  await writeFile(join(out, 'formlotse-engine.js'), await buildEngineBundle());
  console.log(`built ${Object.values(pages).join(', ')} and formlotse-engine.js into ${out}`);
}
