import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';

describe('loadConfig', () => {
  it('runs with no settings at all: embedded database, port 8787, ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8787, DATA_DIR: './data' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.LLM_BASE_URL).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', LLM_BASE_URL: ' ' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x', DATA_KEY: 'a'.repeat(64) }, 'DATABASE_URL must start with postgres://'],
    [{ DATABASE_URL: 'postgres://localhost/x' }, 'DATA_KEY is required with DATABASE_URL'],
    [{ DATA_KEY: 'short' }, 'DATA_KEY must be 64 hex characters'],
    [{ JURISDICTION: '42x' }, 'JURISDICTION must be a division-code prefix'],
    [{ LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL must be an http(s) URL'],
    [{ LLM_BASE_URL: 'http://127.0.0.1:1/v1' }, 'LLM_MODEL is required'],
    [{ EMBEDDINGS_BASE_URL: 'http://127.0.0.1:1/v1' }, 'EMBEDDINGS_MODEL is required'],
    [{ WECHAT_APP_ID: 'wx123' }, 'WECHAT_APP_SECRET is required'],
  ])('explains a bad setting %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lists every bad setting at once', () => {
    try {
      loadConfig({ PORT: 'x', DATA_KEY: 'y' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT[\s\S]*DATA_KEY/);
    }
  });
});
