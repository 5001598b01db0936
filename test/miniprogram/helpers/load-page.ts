import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { FakeWx } from './fake-wx.js';
import { registerMiniprogramTs } from './register-ts.js';

const require = createRequire(import.meta.url);
export const MP_ROOT = resolve(import.meta.dirname, '../../../miniprogram');

registerMiniprogramTs();

/** The parts of a rendered j-component tree the tests use (its own typings need the mini-program globals). */
export interface Rendered {
  data: Record<string, unknown>;
  dom: { innerHTML: string; textContent: string | null; className: string } | undefined;
  /** undefined (not null) when nothing matches. */
  querySelector(selector: string): Rendered | undefined;
  querySelectorAll(selector: string): Rendered[];
  dispatchEvent(event: string, init?: { detail?: unknown }): void;
  attach(parent: unknown): void;
  detach(): void;
  instance: Record<string, (...args: unknown[]) => unknown>;
}

interface Simulate {
  load(path: string, tagName: string, options: { rootPath: string }): string;
  render(id: string, props?: object): Rendered;
}

type Options = Record<string, unknown> & { data?: object };
const LIFECYCLE = new Set(['onLoad', 'onShow', 'onHide', 'onUnload', 'onReady', 'onPullDownRefresh']);

/** Installs the fake `wx` and forgets previously loaded mini-program modules (fresh module state). */
export function installWx(fake: FakeWx): void {
  const g = globalThis as Record<string, unknown>;
  // Loading simulate installs its own mock `wx`; ours wins for every API the app uses.
  require('miniprogram-simulate');
  g.wx = { ...(g.wx as object), ...fake.wx };
  for (const key of Object.keys(require.cache)) if (key.startsWith(MP_ROOT)) delete require.cache[key];
}

/**
 * Renders a Page with miniprogram-simulate, which only knows Component(): Page options become a
 * component whose `attached` runs onLoad(query) then onShow, and page handlers become methods.
 */
export function renderPage(name: string, query: Record<string, string> = {}): Rendered {
  const simulate = require('miniprogram-simulate') as Simulate;
  const g = globalThis as Record<string, unknown>;
  g.Page = (options: Options) => {
    const call = (self: unknown, hook: string, ...args: unknown[]) =>
      (options[hook] as ((...a: unknown[]) => unknown) | undefined)?.apply(self, args);
    const methods = Object.fromEntries(
      Object.entries(options).filter(([k, v]) => typeof v === 'function' && !LIFECYCLE.has(k)),
    );
    for (const hook of LIFECYCLE) methods[hook] = function (this: unknown, ...args: unknown[]) {
      return call(this, hook, ...args);
    };
    (g.Component as (o: object) => void)({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: unknown) {
          call(this, 'onLoad', query);
          call(this, 'onShow');
        },
        detached(this: unknown) {
          call(this, 'onUnload');
        },
      },
    });
  };
  const id = simulate.load(join(MP_ROOT, 'pages', name, name), `page-${name}`, { rootPath: MP_ROOT });
  const page = simulate.render(id);
  page.attach((g.document as { createElement(tag: string): unknown }).createElement('parent-wrapper'));
  return page;
}

export const textOf = (node: Rendered | undefined): string => node?.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** j-component delivers events on a later tick; wait for handlers to run. */
export const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const exists = (root: Rendered, selector: string): boolean => root.querySelector(selector) !== undefined;
