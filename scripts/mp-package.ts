/**
 * Checks on the mini-program package without WeChat DevTools: WXML/WXSS compiled by WeChat's own
 * wcc/wcsc (miniprogram-compiler), and the main-package size as it would be uploaded.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const MP_ROOT = resolve(import.meta.dirname, '../miniprogram');
export const MAIN_PACKAGE_LIMIT_BYTES = 500 * 1024;

/** Not uploaded: DevTools/tsc configuration and docs (see packOptions.ignore in project.config.json). */
const NOT_UPLOADED = new Set(['tsconfig.json', 'project.config.json', 'project.private.config.json', 'README.md']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Compiles all WXML and WXSS; returns one error line per failing kind (empty when all compile). */
export function templateErrors(root = MP_ROOT): string[] {
  const compiler = createRequire(import.meta.url)('miniprogram-compiler') as Record<'wxmlToJs' | 'wxssToJs', (root: string) => string>;
  const errors: string[] = [];
  for (const kind of ['wxml', 'wxss'] as const) {
    try {
      compiler[kind === 'wxml' ? 'wxmlToJs' : 'wxssToJs'](root);
    } catch (err) {
      errors.push(`${kind}: ${(err as Error).message}`);
    }
  }
  return errors;
}

/**
 * Bytes per file kind: TypeScript counted as the JS DevTools' TypeScript plugin emits (before
 * minification, so an upper bound), everything else as is.
 */
export function packageSize(root = MP_ROOT): { total: number; byKind: Map<string, number> } {
  let total = 0;
  const byKind = new Map<string, number>();
  for (const path of files(root)) {
    const rel = relative(root, path);
    if (NOT_UPLOADED.has(rel) || rel.endsWith('.d.ts')) continue;
    const ext = rel.split('.').pop() ?? '';
    const kind = ext === 'ts' ? 'js' : ext;
    const size =
      ext === 'ts'
        ? Buffer.byteLength(
            ts.transpileModule(readFileSync(path, 'utf8'), {
              compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, removeComments: true },
            }).outputText,
          )
        : statSync(path).size;
    total += size;
    byKind.set(kind, (byKind.get(kind) ?? 0) + size);
  }
  return { total, byKind };
}
