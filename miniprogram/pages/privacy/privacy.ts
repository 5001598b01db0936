import { answerPrivacy } from '../../services/privacy';
import { isElderMode } from '../../services/settings';

Page({
  data: { elder: false, asking: false, contractName: '说事小程序隐私保护指引' },
  onLoad(query: Record<string, string | undefined>) {
    this.setData({ asking: query.ask === '1', elder: isElderMode() });
    if (typeof wx.getPrivacySetting === 'function') {
      wx.getPrivacySetting({ success: (r) => this.setData({ contractName: r.privacyContractName || this.data.contractName }) });
    }
  },
  openContract() {
    if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({});
  },
  agree() {
    wx.setStorageSync('privacyAgreed', true);
    answerPrivacy(true);
    wx.navigateBack({ fail: () => wx.redirectTo({ url: '/pages/home/home' }) });
  },
  disagree() {
    answerPrivacy(false);
    wx.navigateBack({});
  },
});
