import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Derives an independent 32-byte key for one purpose, so one DATA_KEY serves encryption, indexes and tokens. */
export function deriveKey(dataKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `shuoshi/${purpose}`, 32));
}

/**
 * Field-level encryption of personal data (AES-256-GCM). The field name is bound as associated
 * data, so a ciphertext copied into another column fails to decrypt.
 */
export interface FieldCipher {
  encrypt(field: string, plain: string): string;
  decrypt(field: string, sealed: string): string;
  /** Keyed hash for equality search (e.g. the same phone number) without storing the value. */
  blindIndex(field: string, plain: string): string;
}

export function createFieldCipher(dataKey: Buffer): FieldCipher {
  if (dataKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
  const encKey = deriveKey(dataKey, 'pii-encryption/v1');
  const indexKey = deriveKey(dataKey, 'pii-index/v1');
  return {
    encrypt(field, plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(field));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(field, sealed) {
      const [version, payload] = sealed.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown ciphertext format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(field));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    blindIndex(field, plain) {
      return createHmac('sha256', indexKey).update(`${field}\u0000${plain}`).digest('hex').slice(0, 32);
    },
  };
}
