/** Prints the mini-program main-package size against WeChat's limit for this project (500 KB). */
import { MAIN_PACKAGE_LIMIT_BYTES, packageSize } from './mp-package.js';

const { total, byKind } = packageSize();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [kind, size] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(5)} ${kb(size)}`);
const share = ((100 * total) / MAIN_PACKAGE_LIMIT_BYTES).toFixed(1);
console.log(`main package: ${kb(total)} / ${kb(MAIN_PACKAGE_LIMIT_BYTES)} limit (${share}%)`);
process.exit(total <= MAIN_PACKAGE_LIMIT_BYTES ? 0 : 1);
