import { flushOutgoing, retryAll } from './services/chat-sender';
import { onNeedPrivacy } from './services/privacy';

App({
  onLaunch() {
    onNeedPrivacy();
    // Anything typed while offline goes out as soon as the network is back.
    wx.onNetworkStatusChange((res) => {
      if (res.isConnected) void retryAll();
    });
  },
  onShow() {
    void flushOutgoing();
  },
});
