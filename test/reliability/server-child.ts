import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real server (test/bench/load-server.ts) as a child process that a test can kill and restart. */
export function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(fileURLToPath(new URL('../bench/load-server.ts', import.meta.url)), [], {
    env: { ...process.env, LOG_SILENT: '1', LLM_BASE_URL: '', LLM_MODEL: '', ...env },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
