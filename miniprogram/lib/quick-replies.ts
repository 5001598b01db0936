import type { Slot } from './api-types';

/** Tap-to-answer chips for the slot the assistant is asking about; free text always works too. */
const CHIPS: Partial<Record<Slot, string[]>> = {
  when: ['今天', '昨天', '上个星期', '一个月前', '半年多了'],
  people: ['就我一个', '我们一家', '好几户', '全村'],
  previous: ['没有反映过', '找过村委会', '找过镇里', '打过12345'],
  request: ['尽快解决', '要回工钱', '给个说法', '依法处理'],
  amount: ['不涉及钱'],
  name: ['不愿留名'],
  phone: ['不方便留电话'],
};

export function quickReplies(slot: Slot | null): string[] {
  return slot ? (CHIPS[slot] ?? []) : [];
}
