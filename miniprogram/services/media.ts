import { type PickedFile, acceptImages } from '../lib/attachments';
import { upload } from './http';
import { currentToken } from './session';

/** Lets the citizen pick photos; returns those within the limits and a notice about the rest. */
export function pickImages(alreadyAttached: number): Promise<{ accepted: PickedFile[]; notice: string | null }> {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count: 3,
      mediaType: ['image'],
      sizeType: ['compressed'],
      success: (res) => resolve(acceptImages(res.tempFiles, alreadyAttached)),
      fail: () => resolve({ accepted: [], notice: null }),
    });
  });
}

export function uploadImage(sessionId: string, file: PickedFile): Promise<{ id: string }> {
  return upload('/api/attachments', file.tempFilePath, 'file', { sessionId }, currentToken());
}

/**
 * Push-to-talk: records mono 16 kHz mp3 (what speech services expect) and sends it to the server's
 * speech endpoint; only offered when the server says it has one.
 */
export function startRecording(onText: (text: string) => void, onError: (message: string) => void): () => void {
  const recorder = wx.getRecorderManager();
  recorder.onStop((res) => {
    upload<{ text: string }>('/api/speech', res.tempFilePath, 'audio', {}, currentToken())
      .then((r) => onText(r.text))
      .catch(() => onError('没听清，请再说一次或打字。'));
  });
  recorder.onError(() => onError('录音没有成功，请打字试试。'));
  recorder.start({ duration: 60_000, sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000, format: 'mp3' });
  return () => recorder.stop();
}
