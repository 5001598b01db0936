/** Compiles every WXML and WXSS file of the mini-program with WeChat's own compilers. */
import { templateErrors } from './mp-package.js';

const errors = templateErrors();
for (const e of errors) console.error(e);
if (errors.length === 0) console.log('wxml: ok\nwxss: ok');
process.exit(errors.length === 0 ? 0 : 1);
