import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PromptTemplate {
  system: string;
  user: string;
}

/** Reads a prompts/*.md file with `## system` and `## user` sections. */
export function loadPromptTemplate(promptsDir: string, name: string): PromptTemplate {
  const text = readFileSync(join(promptsDir, `${name}.md`), 'utf8');
  const section = (title: string) => {
    const m = new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(text);
    if (!m?.[1]?.trim()) throw new Error(`prompts/${name}.md has no "## ${title}" section`);
    return m[1].trim();
  };
  return { system: section('system'), user: section('user') };
}

/** Fills {{name}} placeholders; values are inserted verbatim, never re-scanned. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
