// Private key and self-contained token rules. Keys are assembled here from split markers and random
// base64; nothing in this file is a usable key.
import { b64, b64url, charset, hex, join, randomString, reseed } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0x6e75);

const upperAlnum = (n: number) => randomString(charset.upperAlnum, n);
const bech32 = (n: number) => randomString('qpzry9x8gf2tvdw0s3jn54khce6mua7l', n);
const lines = (count: number, width = 64) => Array.from({ length: count }, () => b64(width));
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const PRIVATE = join('PRIV', 'ATE KEY');
const pem = (label: string, body: string[], eol = '\n', headers = '') =>
  join('-----BEGIN ', label, '-----', eol, headers, body.join(eol), eol, '-----END ', label, '-----');

const rsaKey = pem(`RSA ${PRIVATE}`, lines(12));
const pkcs8Key = pem(PRIVATE, lines(8));
const ecKey = pem(`EC ${PRIVATE}`, lines(3), '\r\n');
const encryptedKey = pem(`RSA ${PRIVATE}`, lines(10), '\n', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,' + hex(32).toUpperCase() + '\n\n');
const pkcs8Encrypted = pem(`ENCRYPTED ${PRIVATE}`, lines(5));
const indentedKey = pem(PRIVATE, lines(6), '\n      ');
const escapedKey = pem(`RSA ${PRIVATE}`, lines(10), '\\n');

const opensshBody = join('b3BlbnNzaC1rZXktdjEA', b64(300));
const opensshKey = join('-----BEGIN ', 'OPENSSH ', PRIVATE, '-----\n', opensshBody.match(/.{1,70}/g)!.join('\n'), '\n-----END ', 'OPENSSH ', PRIVATE, '-----');

const pgpLabel = join('PGP ', PRIVATE, ' BLOCK');
const pgpBlock = (body: string[]) =>
  join('-----BEGIN ', pgpLabel, '-----\nVersion: GnuPG v2\nComment: https://gnupg.org - exported\n\n', body.join('\n'), '\n=', b64(4), '\n-----END ', pgpLabel, '-----');
const pgpKey = pgpBlock(lines(10));

const putty = (privateLines: string, mac: string) =>
  join(
    'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n',
    `${b64(64)}\n${b64(20)}\nPrivate-Lines: 1\n${privateLines}\nPrivate-MAC: ${mac}`,
  );
const puttyKey = putty(b64(44), hex(64));

const jwtHeader = base64url({ alg: 'HS256', typ: 'JWT' });
const jwtPayload = base64url({ sub: hex(12), name: 'Build Bot', iat: 1700000000 });
const jwt = join(jwtHeader, '.', jwtPayload, '.', b64url(43));

const minisignKey = join('RWRTY0Iy', b64(204));
const signifyKey = join('RWRCSw', b64(134));
const wireguardKey = join(b64(42), 'Q=');
const opsToken = join('ops', '_eyJ', b64(600));

const cases: RuleCase[] = [
  {
    rule: 'pem-private-key',
    secret: rsaKey,
    texts: [rsaKey, `key = """${rsaKey}\n"""`, `# deploy key\n${rsaKey}\n`],
    wrong: null,
    negatives: [
      pem('PUBLIC KEY', lines(6)),
      pem('CERTIFICATE', lines(12)),
      pem(`RSA ${PRIVATE}`, ['...']),
      pem(`RSA ${PRIVATE}`, lines(1).map((l) => l.slice(0, 40))),
      `if (line.startsWith("-----BEGIN RSA ${PRIVATE}-----")) return true;`,
      rsaKey.replace('-----END RSA', '-----END EC'),
      rsaKey.replace(/\n[A-Za-z0-9+/]{10}/, '\n~~~~~~~~~~'),
    ],
  },
  { rule: 'pem-private-key', secret: pkcs8Key, texts: [pkcs8Key] },
  { rule: 'pem-private-key', secret: ecKey, texts: [`${ecKey}\r\n`] },
  { rule: 'pem-private-key', secret: encryptedKey, texts: [encryptedKey] },
  { rule: 'pem-private-key', secret: indentedKey, texts: [`tls:\n  key: |\n      ${indentedKey}\n`] },
  { rule: 'pem-private-key', secret: pkcs8Encrypted, texts: [pkcs8Encrypted] },
  {
    rule: 'pem-private-key-escaped',
    name: 'PRIVATE_KEY',
    secret: escapedKey,
    more: [`{"key": "${escapedKey}\\n", "kid": "${hex(40)}"}`],
    wrong: null,
    negatives: [pem('PUBLIC KEY', lines(6), '\\n'), `PRIVATE_KEY="${pem(`RSA ${PRIVATE}`, ['MIIEpAIBAAKCAQEA'], '\\n')}"`],
  },
  {
    rule: 'openssh-private-key',
    secret: opensshKey,
    texts: [opensshKey, `  ssh_key: |\n${opensshKey}\n`],
    wrong: null,
    negatives: [`ssh-ed25519 ${b64(68)} builder@ci`, opensshKey.replace('b3BlbnNzaC1rZXktdjEA', 'AAAAB3NzaC1yc2EAAAAD')],
  },
  {
    rule: 'pgp-private-key-block',
    secret: pgpKey,
    texts: [pgpKey, `GPG_KEY: |\n${pgpKey}\n`],
    wrong: null,
    negatives: [pgpKey.replace(/PRIVATE KEY/g, 'PUBLIC KEY'), pgpBlock(['abc'])],
  },
  {
    rule: 'putty-private-key',
    secret: puttyKey,
    texts: [puttyKey, `${puttyKey}\n`],
    short: puttyKey.slice(0, -1),
    wrong: null,
    negatives: [putty(`${b64(20)}~${b64(23)}`, hex(64)), putty(b64(44), '<mac>')],
  },
  {
    rule: 'jwt',
    name: 'AUTH_TOKEN',
    secret: jwt,
    keep: 3,
    short: join(jwtHeader, '.', jwtPayload, '.', b64url(15)),
    more: [`Authorization: Bearer ${jwt}`, `curl -H 'Authorization: Bearer ${jwt}' https://api.example.com`],
    negatives: [
      `AUTH_TOKEN=${jwtHeader}.${b64url(40)}`,
      `AUTH_TOKEN=${join('eyJ', b64url(30))}.${jwtPayload}`,
      `AUTH_TOKEN=${join('eyJ', b64url(30))}.${jwtPayload}.${b64url(43)}`,
      `AUTH_TOKEN=${jwt}.${b64url(30)}.${b64url(20)}`,
    ],
  },
  {
    rule: 'jwt-base64',
    name: 'AUTH_TOKEN',
    secret: Buffer.from(jwt).toString('base64'),
    keep: 4,
    short: null,
    more: ['headers: {"X-Forwarded-Token": "§"}'],
    negatives: [
      `AUTH_TOKEN=${Buffer.from(join('eyJ', b64url(60))).toString('base64')}`,
      `AUTH_TOKEN=${Buffer.from(`${jwtHeader}.${b64url(40)}`).toString('base64')}`,
    ],
  },
  // A header and claims without the signature: both parts must decode to JSON.
  { rule: 'jwt', name: 'AUTH_TOKEN', secret: join(jwtHeader, '.', jwtPayload), keep: 3, short: null },
  // An unsecured token (`alg: none`) keeps its second dot and an empty signature.
  { rule: 'jwt', name: 'AUTH_TOKEN', secret: join(base64url({ alg: 'none' }), '.', jwtPayload, '.'), keep: 3, short: null },
  { rule: 'age-secret-key', name: 'SOPS_AGE_KEY', secret: join('AGE-SECRET', '-KEY-1', bech32(58).toUpperCase()), keep: 16, wrong: 'B' },
  {
    rule: '1password-secret-key',
    name: 'OP_SECRET_KEY',
    secret: join('A3', '-', upperAlnum(6), '-', upperAlnum(11), '-', upperAlnum(5), '-', upperAlnum(5), '-', upperAlnum(5)),
    keep: 3,
  },
  {
    rule: '1password-secret-key',
    secret: join('A3', '-', upperAlnum(6), '-', upperAlnum(6), '-', upperAlnum(5), '-', upperAlnum(5), '-', upperAlnum(5), '-', upperAlnum(5)),
    keep: 3,
  },
  {
    rule: '1password-service-account-token',
    name: 'OP_SERVICE_ACCOUNT_TOKEN',
    secret: opsToken,
    keep: 7,
    short: join('ops', '_eyJ', b64(249)),
    wrong: null,
    negatives: [`OP_SERVICE_ACCOUNT_TOKEN=${opsToken.slice(0, 40)}~${opsToken.slice(41)}`],
  },
  { rule: 'nostr-private-key', name: 'NOSTR_PRIVATE_KEY', secret: join('nsec', '1', bech32(58)), keep: 5, wrong: 'b' },
  {
    rule: 'minisign-secret-key',
    secret: minisignKey,
    texts: [`untrusted comment: minisign encrypted secret key\n${minisignKey}\n`],
    negatives: [`untrusted comment: minisign public key ${hex(16)}\n${join('RWQ', b64(53))}\n`, `untrusted comment: minisign encrypted secret key\n${minisignKey.slice(0, 149)}\n`],
  },
  {
    rule: 'signify-secret-key',
    secret: signifyKey,
    texts: [`untrusted comment: signify secret key\r\n${signifyKey}\r\n`],
    negatives: [`untrusted comment: signify public key\n${join('RWQ', b64(53))}\n`],
  },
  {
    rule: 'wireguard-private-key',
    secret: wireguardKey,
    texts: [`[Interface]\nPrivateKey = ${wireguardKey}\nAddress = 10.0.0.2/32\n`, `PrivateKey=${wireguardKey}`],
    negatives: [`[Peer]\nPublicKey = ${wireguardKey}\n`, `PrivateKey = ${b64(41)}Q=`, `PrivateKey = ${b64(42)}B=`],
  },
];

// Built after the table above, so its random draws leave the keys already in it as they were.
const base64Pem = (label: string, body = lines(10)) => Buffer.from(`${pem(label, body)}\n`).toString('base64');
const base64Key = base64Pem(`RSA ${PRIVATE}`);
cases.push({
  rule: 'pem-private-key-base64',
  name: 'PRIVATE_KEY',
  secret: base64Key,
  keep: 14,
  // The padding may go: the key decodes the same without it.
  short: null,
  more: ['users:\n- name: ci\n  user:\n    client-certificate-data: ' + base64Pem('CERTIFICATE') + '\n    client-key-data: §\n', 'data:\n  tls.key: §\n'],
  negatives: [`client-certificate-data: ${base64Pem('CERTIFICATE')}`, `key: ${base64Pem('PUBLIC KEY')}`, `tls.key: ${base64Pem(`RSA ${PRIVATE}`, ['...'])}`, `tls.key: ${base64Key.slice(0, 400)}`],
});

describeRuleTable('keys', cases);
