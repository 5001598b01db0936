/**
 * Value rules of subscribe-message template fields (WeChat docs, 订阅消息 → 参数值内容限制);
 * a value that breaks them makes the whole send fail with errcode 47003.
 */
export type FieldType = 'thing' | 'phrase' | 'character_string' | 'time';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** Shortens to `max` characters (code points), marking the cut with an ellipsis. */
function truncate(value: string, max: number): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** 2026年3月5日 14:07 in China time, the `time` format WeChat accepts. */
function chinaTime(at: Date): string {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

export function fitField(type: FieldType, value: string | Date): string {
  if (value instanceof Date) return chinaTime(value);
  switch (type) {
    case 'thing':
      return truncate(value, 20) || '—';
    case 'phrase':
      // Chinese characters only, at most five.
      return Array.from(value.replace(/[^\u4e00-\u9fff]/g, '')).slice(0, 5).join('') || '更新';
    case 'character_string':
      return value.replace(/[^\x21-\x7e]/g, '').slice(0, 32) || '-';
    case 'time':
      return value;
  }
}
