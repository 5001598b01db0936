import { AppError } from '../errors.js';
import type { CitizenTokens } from './citizen-token.js';

/** The citizen's openid from `Authorization: Bearer <token>`; 401 when missing, forged or expired. */
export function citizenFromAuthorization(tokens: CitizenTokens, header: string | undefined): string {
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const citizenId = token ? tokens.verifyCitizenToken(token) : null;
  if (!citizenId) throw new AppError('unauthorized', '请先登录后再提交或查看信访事项。');
  return citizenId;
}
