import type { PairSpec } from '../types';

/** Ids and secrets that are one credential together; each pair is reported as one finding covering both. */
export const pairs: readonly PairSpec[] = [
  { id: 'aws-access-key-pair', provider: 'AWS', description: 'AWS access key id with its secret access key', first: 'aws-access-key-id', second: ['aws-secret-access-key', 'aws-secret-access-key-after-id'], maxLineGap: 5 },
  { id: 'twilio-api-key-pair', provider: 'Twilio', description: 'Twilio API key SID with its secret', first: 'twilio-api-key-sid', second: ['twilio-api-key-secret'], maxLineGap: 5 },
  { id: 'alibaba-access-key-pair', provider: 'Alibaba Cloud', description: 'Alibaba Cloud AccessKey id with its secret', first: 'alibaba-access-key-id', second: ['alibaba-access-key-secret'], maxLineGap: 5 },
  { id: 'tencent-secret-pair', provider: 'Tencent Cloud', description: 'Tencent Cloud SecretId with its SecretKey', first: 'tencent-secret-id', second: ['tencent-secret-key'], maxLineGap: 5 },
];
