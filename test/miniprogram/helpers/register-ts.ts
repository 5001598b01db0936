import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);
type Loader = (module: { _compile(code: string, filename: string): void }, filename: string) => void;
const Module = require('node:module') as { _extensions: Record<string, Loader> };

/**
 * miniprogram-simulate loads page/component code with Node's own require(), which vitest does not
 * transform. Teach require() to transpile .ts (as DevTools' TypeScript plugin does, per file, no type
 * check), and look for `x.ts` before `x.json` so `require('pages/chat/chat')` finds the code.
 * TypeScript's transpiler is used instead of tsx/esbuild, which refuses to start under jsdom.
 */
export function registerMiniprogramTs(): void {
  if (Module._extensions['.ts']) return;
  Module._extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  const json = Module._extensions['.json'];
  if (json) {
    delete Module._extensions['.json'];
    Module._extensions['.json'] = json;
  }
}
