import type { ApiError, ChatReply, Draft, Slot } from '../lib/api-types';
import { type Outgoing, acknowledge, due, enqueue, retryLater, retryNow } from '../lib/outgoing-queue';
import { sendChat } from './api';
import { isRetryable } from './http';

/** A bubble in the chat: what the citizen said (with its delivery state) or what the assistant answered. */
export interface ChatMessage {
  id: string;
  role: 'me' | 'bot' | 'notice';
  text: string;
  state?: 'sending' | 'waiting' | 'rejected';
  emergency?: boolean;
  citations?: string;
}

export interface ChatState {
  sessionId: string | null;
  messages: ChatMessage[];
  awaiting: Slot | null;
  draft: Draft | null;
  /** Text handed back to the input box after the server refused it, so it is not lost. */
  returnedText: string;
}

const STATE_KEY = 'chat.state';
const QUEUE_KEY = 'chat.outgoing';
const MAX_MESSAGES = 200;

const emptyState = (): ChatState => ({ sessionId: null, messages: [], awaiting: null, draft: null, returnedText: '' });
let listener: ((state: ChatState) => void) | null = null;
let flushing: Promise<void> | null = null;
let timer: number | undefined;
let seq = 0;

export function chatState(): ChatState {
  const saved = wx.getStorageSync(STATE_KEY) as ChatState | '';
  return saved || emptyState();
}

function queue(): Outgoing[] {
  const saved = wx.getStorageSync(QUEUE_KEY) as Outgoing[] | '';
  return saved || [];
}

function update(change: (s: ChatState) => ChatState, nextQueue?: Outgoing[]): void {
  const next = change(chatState());
  next.messages = next.messages.slice(-MAX_MESSAGES);
  // Queue first: if the app dies between the two writes the text is still there to send.
  if (nextQueue) wx.setStorageSync(QUEUE_KEY, nextQueue);
  wx.setStorageSync(STATE_KEY, next);
  listener?.(next);
}

const setMessageState = (s: ChatState, id: string, state: ChatMessage['state']): ChatMessage[] =>
  s.messages.map((m) => (m.id === id ? { ...m, state } : m));

export function onChatChange(fn: ((state: ChatState) => void) | null): void {
  listener = fn;
}

export function pendingCount(): number {
  return queue().length;
}

/** Stores the text before anything else, then tries to send it. */
export function say(text: string): Promise<void> {
  const id = `m${Date.now().toString(36)}${(seq++).toString(36)}`;
  update(
    (s) => ({ ...s, returnedText: '', messages: [...s.messages, { id, role: 'me', text, state: 'sending' }] }),
    enqueue(queue(), text, id, Date.now()),
  );
  return flushOutgoing();
}

/** The citizen tapped 重发 (or the network came back): try the waiting messages now. */
export function retryAll(): Promise<void> {
  wx.setStorageSync(QUEUE_KEY, retryNow(queue(), Date.now()));
  return flushOutgoing();
}

export function startOver(): void {
  update(() => emptyState(), []);
}

export function flushOutgoing(): Promise<void> {
  flushing ??= drain().finally(() => {
    flushing = null;
  });
  return flushing;
}

function applyReply(s: ChatState, sentId: string, r: ChatReply): ChatState {
  const cited = r.citations.slice(0, 2).map((c) => `《${c.doc}》${c.article ?? ''}`).join('、');
  const bot: ChatMessage = { id: `${sentId}r`, role: 'bot', text: r.reply, emergency: r.emergency !== null };
  if (cited) bot.citations = `依据：${cited}`;
  const emergency: ChatMessage[] = r.emergency
    ? [{ id: `${sentId}e`, role: 'notice', text: `${r.emergency.message}（${r.emergency.hotline}）`, emergency: true }]
    : [];
  return {
    ...s,
    sessionId: r.sessionId,
    awaiting: r.awaiting,
    draft: r.draft,
    messages: [...setMessageState(s, sentId, undefined), ...emergency, bot],
  };
}

async function drain(): Promise<void> {
  for (;;) {
    const head = due(queue(), Date.now());
    if (!head) return scheduleRetry();
    try {
      const reply = await sendChat(chatState().sessionId, head.text);
      update((s) => applyReply(s, head.id, reply), acknowledge(queue(), head.id));
    } catch (e) {
      const err = e as ApiError;
      if (isRetryable(err)) {
        update((s) => ({ ...s, messages: setMessageState(s, head.id, 'waiting') }), retryLater(queue(), head.id, Date.now()));
        return scheduleRetry();
      }
      // Refused (e.g. the content check): show why and give the words back to edit.
      update(
        (s) => ({
          ...s,
          returnedText: head.text,
          messages: [...setMessageState(s, head.id, 'rejected'), { id: `${head.id}x`, role: 'notice', text: err.message }],
        }),
        acknowledge(queue(), head.id),
      );
    }
  }
}

function scheduleRetry(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const head = queue()[0];
  if (!head) return;
  timer = setTimeout(() => void flushOutgoing(), Math.max(head.nextTryAt - Date.now(), 0)) as unknown as number;
}
