/** The only form in which a secret may be shown: its first 4 characters, an ellipsis and its length. */
export function redact(secret: string): string {
  const visible = secret.length > 8 ? 4 : Math.min(2, Math.floor(secret.length / 4));
  return `${secret.slice(0, visible).replace(/\s/g, ' ')}… (${secret.length} chars)`;
}
