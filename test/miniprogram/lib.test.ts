import { describe, expect, it } from 'vitest';
import { agentPreamble } from '../../miniprogram/lib/agent';
import { acceptImages, MAX_IMAGE_BYTES } from '../../miniprogram/lib/attachments';
import { extractAgent } from '../../server/src/intake/extract/agent.js';
import { acknowledge, due, enqueue, retryLater, retryNow } from '../../miniprogram/lib/outgoing-queue';
import { normalisePhone } from '../../miniprogram/lib/phone';
import { quickReplies } from '../../miniprogram/lib/quick-replies';

describe('outgoing queue', () => {
  it('sends strictly in order: a later message waits behind a failed one', () => {
    let q = enqueue(enqueue([], '一', 'a', 0), '二', 'b', 0);
    expect(due(q, 0)?.id).toBe('a');
    q = retryLater(q, 'a', 1000);
    expect(due(q, 1000)).toBeUndefined();
    expect(due(q, 3000)?.id).toBe('a');
    q = acknowledge(q, 'a');
    expect(due(q, 3000)?.id).toBe('b');
  });

  it.each([
    [0, 2000],
    [1, 4000],
    [3, 16000],
    [10, 60000],
  ])('after %i failed attempts waits %i ms', (attempts, wait) => {
    const q = [{ id: 'a', text: 'x', attempts, nextTryAt: 0 }];
    expect(retryLater(q, 'a', 0)[0]?.nextTryAt).toBe(wait);
  });

  it('retries everything at once when the citizen taps 重发', () => {
    const q = retryNow([{ id: 'a', text: 'x', attempts: 5, nextTryAt: 99_999 }], 10);
    expect(due(q, 10)?.id).toBe('a');
  });
});

describe('photo limits', () => {
  const file = (size: number, n = 1) => ({ tempFilePath: `wxfile://${n}`, size });
  it('keeps at most three photos of at most 5 MB and says why others were left out', () => {
    const r = acceptImages([file(100, 1), file(MAX_IMAGE_BYTES + 1, 2), file(200, 3), file(300, 4)], 1);
    expect(r.accepted.map((f) => f.tempFilePath)).toEqual(['wxfile://1', 'wxfile://3']);
    expect(r.notice).toContain('5MB');
    expect(r.notice).toContain('最多');
  });
  it('says nothing when every photo fits', () => {
    expect(acceptImages([file(10)], 0)).toEqual({ accepted: [file(10)], notice: null });
  });
});

describe('phone numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['12800138000', null],
    ['1380013800', null],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe('quick replies', () => {
  it('offers chips for the slot being asked and none for free-text slots', () => {
    expect(quickReplies('when')).toContain('今天');
    expect(quickReplies('facts')).toEqual([]);
    expect(quickReplies(null)).toEqual([]);
  });
});

describe('代办 preamble', () => {
  it.each([
    [{ enabled: true, name: '李红', forPerson: '王大伯' }, { name: '李红', forPerson: '王大伯' }],
    [{ enabled: true, name: '', forPerson: '刘秀英' }, { name: null, forPerson: '刘秀英' }],
  ])('is understood by the intake extractor: %o', (agent, expected) => {
    expect(extractAgent(`${agentPreamble(agent)}村里路灯坏了`)).toEqual(expected);
  });
  it('is empty when 代办 is off', () => {
    expect(agentPreamble({ enabled: false, name: '李红', forPerson: '王大伯' })).toBe('');
  });
});
