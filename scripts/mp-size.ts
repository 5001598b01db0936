/**
 * Main-package size of the mini-program as WeChat would upload it: TypeScript transpiled to JS
 * (as DevTools' TypeScript plugin does, before minification), plus WXML, WXSS, JSON and assets.
 * Files DevTools leaves out (tsconfig, project config, packOptions.ignore) are not counted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LIMIT_BYTES = 500 * 1024;
const root = resolve(import.meta.dirname, '../miniprogram');
const NOT_UPLOADED = new Set(['tsconfig.json', 'project.config.json', 'project.private.config.json', 'README.md']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let total = 0;
const byKind = new Map<string, number>();
for (const path of files(root)) {
  const rel = relative(root, path);
  if (NOT_UPLOADED.has(rel) || rel.endsWith('.d.ts')) continue;
  const kind = rel.split('.').pop() ?? '';
  const size = kind === 'ts'
    ? Buffer.byteLength(
        ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, removeComments: true },
        }).outputText,
      )
    : statSync(path).size;
  total += size;
  byKind.set(kind === 'ts' ? 'js' : kind, (byKind.get(kind === 'ts' ? 'js' : kind) ?? 0) + size);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [kind, size] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(5)} ${kb(size)}`);
console.log(`main package: ${kb(total)} / ${kb(LIMIT_BYTES)} limit (${((100 * total) / LIMIT_BYTES).toFixed(1)}%)`);
process.exit(total <= LIMIT_BYTES ? 0 : 1);
