import { agentPreamble } from '../../lib/agent';
import type { PickedFile } from '../../lib/attachments';
import { text } from '../../lib/copy';
import { quickReplies } from '../../lib/quick-replies';
import { type ChatState, chatState, onChatChange, retryAll, say } from '../../services/chat-sender';
import { pickImages, startRecording, uploadImage } from '../../services/media';
import { clientConfig } from '../../services/session';
import { agentSettings, isElderMode } from '../../services/settings';

let stopRecording: (() => void) | null = null;

Page({
  data: {
    elder: false,
    greeting: '您好！遇到什么事了？直接说就行，比如“村口路灯坏了一个月没人修”。',
    placeholder: '',
    queuedText: '',
    messages: [] as ChatState['messages'],
    lastId: '',
    chips: [] as string[],
    input: '',
    waiting: 0,
    canConfirm: false,
    voiceEnabled: false,
    attachEnabled: false,
    recording: false,
    images: [] as PickedFile[],
  },
  onLoad() {
    onChatChange((state) => this.showState(state));
    const saved = wx.getStorageSync('chat.input');
    if (typeof saved === 'string' && saved) this.setData({ input: saved });
    clientConfig()
      .then((cfg) => this.setData({ voiceEnabled: cfg.speech, attachEnabled: cfg.attachments === true }))
      .catch(() => undefined);
  },
  onShow() {
    const elder = isElderMode();
    this.setData({ elder, placeholder: text('chatPlaceholder', elder), queuedText: text('queued', elder) });
    this.showState(chatState());
  },
  onUnload() {
    onChatChange(null);
  },
  showState(state: ChatState) {
    const last = state.messages[state.messages.length - 1];
    const patch: Record<string, unknown> = {
      messages: state.messages,
      lastId: last ? last.id : '',
      chips: quickReplies(state.awaiting),
      waiting: state.messages.filter((m) => m.state === 'waiting').length,
      canConfirm: state.draft !== null && state.awaiting === null,
    };
    if (state.returnedText && !this.data.input) patch.input = state.returnedText;
    this.setData(patch);
  },
  onInput(e: WechatMiniprogram.Input) {
    this.setData({ input: e.detail.value });
    // Keep what is being typed, so closing the app loses nothing.
    wx.setStorageSync('chat.input', e.detail.value);
  },
  send() {
    const value = this.data.input.trim();
    if (!value) return;
    this.setData({ input: '' });
    wx.setStorageSync('chat.input', '');
    const first = chatState().messages.length === 0;
    return say(first ? agentPreamble(agentSettings()) + value : value);
  },
  tapChip(e: WechatMiniprogram.TouchEvent) {
    const chip = (e.currentTarget.dataset as { text?: string }).text;
    if (chip) return say(chip);
    return undefined;
  },
  retry() {
    return retryAll();
  },
  openConfirm() {
    wx.navigateTo({ url: '/pages/confirm/confirm' });
  },
  async attachImages() {
    const { accepted, notice } = await pickImages(this.data.images.length);
    if (notice) wx.showToast({ title: notice, icon: 'none' });
    const sessionId = chatState().sessionId;
    for (const file of accepted) if (sessionId) await uploadImage(sessionId, file).catch(() => undefined);
    this.setData({ images: [...this.data.images, ...accepted] });
  },
  startVoice() {
    this.setData({ recording: true });
    stopRecording = startRecording(
      (heard) => this.setData({ input: `${this.data.input}${heard}` }),
      (message) => wx.showToast({ title: message, icon: 'none' }),
    );
  },
  stopVoice() {
    this.setData({ recording: false });
    stopRecording?.();
    stopRecording = null;
  },
});
