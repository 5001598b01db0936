/** Compiles every WXML and WXSS file of the mini-program with WeChat's own wcc/wcsc (miniprogram-compiler). */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const compiler = require('miniprogram-compiler') as {
  wxmlToJs(root: string): string;
  wxssToJs(root: string): string;
};
const root = resolve(import.meta.dirname, '../miniprogram');

let ok = true;
for (const [kind, compile] of [
  ['wxml', compiler.wxmlToJs],
  ['wxss', compiler.wxssToJs],
] as const) {
  try {
    compile(root);
    console.log(`${kind}: ok`);
  } catch (err) {
    ok = false;
    console.error(`${kind}: ${(err as Error).message}`);
  }
}
process.exit(ok ? 0 : 1);
