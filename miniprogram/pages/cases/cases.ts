import type { ApiError, CitizenPetition, Rating } from '../../lib/api-types';
import { myPetitions, petitionDetail, ratePetition } from '../../services/api';
import { isElderMode } from '../../services/settings';

const RATABLE = new Set(['replied', 'closed']);
const RATINGS: Rating[] = ['满意', '基本满意', '不满意'];

type DetailView = CitizenPetition & { timeline: (NonNullable<CitizenPetition['timeline']>[number] & { day: string })[] };

const messageOf = (e: unknown) =>
  (e as ApiError).kind === 'network' ? '网络不太好，下拉可以重新加载。' : (e as ApiError).message;

Page({
  data: {
    elder: false,
    loaded: false,
    items: [] as CitizenPetition[],
    detail: null as DetailView | null,
    isNew: false,
    canRate: false,
    ratings: RATINGS,
    error: '',
  },
  onLoad(query: Record<string, string | undefined>) {
    this.setData({ isNew: query.new === '1' });
    if (query.receiptNo) void this.openReceipt(decodeURIComponent(query.receiptNo));
  },
  onShow() {
    this.setData({ elder: isElderMode() });
    void this.loadList();
  },
  async onPullDownRefresh() {
    await (this.data.detail ? this.openReceipt(this.data.detail.receiptNo) : this.loadList());
    wx.stopPullDownRefresh();
  },
  async loadList() {
    try {
      const { items } = await myPetitions();
      this.setData({ items, loaded: true, error: '' });
    } catch (e) {
      this.setData({ error: messageOf(e), loaded: true });
    }
  },
  open(e: WechatMiniprogram.TouchEvent) {
    const receipt = (e.currentTarget.dataset as { receipt?: string }).receipt;
    if (receipt) return this.openReceipt(receipt);
    return undefined;
  },
  async openReceipt(receiptNo: string) {
    try {
      const p = await petitionDetail(receiptNo);
      const timeline = (p.timeline ?? []).map((t) => ({ ...t, day: t.at.slice(0, 10) }));
      this.setData({ detail: { ...p, timeline }, canRate: RATABLE.has(p.status) && p.rating === null, error: '' });
    } catch (e) {
      this.setData({ error: messageOf(e) });
    }
  },
  showList() {
    this.setData({ detail: null, isNew: false });
    return this.loadList();
  },
  async rate(e: WechatMiniprogram.TouchEvent) {
    const rating = (e.currentTarget.dataset as { rating?: Rating }).rating;
    const detail = this.data.detail;
    if (!rating || !detail) return;
    try {
      await ratePetition(detail.receiptNo, rating);
      await this.openReceipt(detail.receiptNo);
    } catch (err) {
      this.setData({ error: messageOf(err) });
    }
  },
});
