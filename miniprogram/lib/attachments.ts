/** Limits for photos attached in chat: enough for evidence, small enough for poor networks. */
export const MAX_IMAGES = 3;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface PickedFile {
  tempFilePath: string;
  size: number;
}

/** Keeps the files that fit the limits; says in plain words why the others were left out. */
export function acceptImages(picked: readonly PickedFile[], alreadyAttached: number): { accepted: PickedFile[]; notice: string | null } {
  const room = Math.max(MAX_IMAGES - alreadyAttached, 0);
  const small = picked.filter((f) => f.size <= MAX_IMAGE_BYTES);
  const accepted = small.slice(0, room);
  const notices: string[] = [];
  if (small.length < picked.length) notices.push('有照片超过 5MB，没有添加');
  if (small.length > room) notices.push(`最多添加 ${MAX_IMAGES} 张照片`);
  return { accepted, notice: notices.length ? notices.join('；') : null };
}
