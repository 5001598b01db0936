import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MAIN_PACKAGE_LIMIT_BYTES, MP_ROOT, packageSize, templateErrors } from '../../scripts/mp-package.js';

describe('mini-program package', () => {
  it('type-checks under its own tsconfig (WeChat typings, no DOM or node types)', () => {
    const configPath = join(MP_ROOT, 'tsconfig.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, MP_ROOT);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('compiles every WXML and WXSS file with WeChat’s compilers', () => {
    expect(templateErrors()).toEqual([]);
  });

  it('reports a broken template with its file and line', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mp-broken-'));
    try {
      cpSync(MP_ROOT, copy, { recursive: true });
      const page = join(copy, 'pages/home/home.wxml');
      writeFileSync(page, readFileSync(page, 'utf8').replace('</view>\n', '\n'));
      const errors = templateErrors(copy);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^wxml: .*home\.wxml:\d+/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it(`keeps the main package within ${MAIN_PACKAGE_LIMIT_BYTES / 1024} KB`, () => {
    const { total, byKind } = packageSize();
    expect(byKind.get('js')).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT_BYTES);
  });
});
