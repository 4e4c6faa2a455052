// AI and LLM provider rules. Every secret is assembled here from a split prefix and random characters.
import { alnum, b64, b64url, charset, hex, join, randomString, reseed, uuid } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xa1);

const letters = (n: number) => randomString(charset.lower + charset.upper, n);
// A bad character early in the body, where neither side of the split is long enough to match alone.
const broken = (secret: string, at: number) => `API_TOKEN=${secret.slice(0, at)}~${secret.slice(at + 1)}`;

const projectKey = join('sk-', 'pr', 'oj-', b64url(74), 'T3Blbk', 'FJ', b64url(74));
// One character off in the marker: a made-up key, whichever rule would otherwise take it.
const damagedMarker = join('sk-', 'pr', 'oj-', b64url(74), 'T4Blbk', 'FJ', b64url(74));
const serviceKey = join('sk-', 'svc', 'acct-', b64url(74), 'T3Blbk', 'FJ', b64url(74));
const adminKey = join('sk-', 'adm', 'in-', b64url(74), 'T3Blbk', 'FJ', b64url(74));
const bedrockKey = join('AB', 'SK', 'QmVkcm9ja0FQSUtleS', b64(110));
const bedrockShort = join('bedrock-', 'api-key-', 'YmVkcm9jay5hbWF6b25hd3MuY29t', b64(300));

const cases: RuleCase[] = [
  { rule: 'openai-api-key', secret: join('s', 'k-', alnum(20), 'T3Blbk', 'FJ', alnum(20)), keep: 3 },
  {
    rule: 'openai-style-key',
    secret: join('s', 'k-', alnum(48)),
    keep: 3,
    short: join('s', 'k-', alnum(47)),
    more: ['client = OpenAI(api_key="§", base_url=BASE)', 'const llm = new ChatClient("§");'],
    negatives: [
      `const k = "${join('s', 'k-', alnum(49))}";`,
      `const k = "${join('task-', alnum(48))}";`,
      `const k = "${join('s', 'k-', 'a'.repeat(48))}";`,
      `const k = "${join('s', 'k-', alnum(24), '_', alnum(23))}";`,
    ],
  },
  // The marker also identifies keys named after something other than a project (sk-None-, sk-<name>-).
  { rule: 'openai-api-key', secret: join('s', 'k-', 'None-', alnum(20), 'T3Blbk', 'FJ', alnum(20)), keep: 8 },
  {
    rule: 'openai-project-key',
    secret: projectKey,
    keep: 8,
    short: join('sk-', 'pr', 'oj-', alnum(39)),
    wrong: null,
    negatives: [broken(projectKey, 20), 'const key = "sk-proj-..."', `OPENAI_API_KEY=${damagedMarker}`],
  },
  {
    rule: 'openai-service-account-key',
    secret: serviceKey,
    keep: 11,
    short: join('sk-', 'svc', 'acct-', alnum(39)),
    wrong: null,
    negatives: [broken(serviceKey, 20)],
  },
  {
    rule: 'openai-admin-key',
    secret: adminKey,
    keep: 9,
    short: join('sk-', 'adm', 'in-', alnum(39)),
    wrong: null,
    negatives: [broken(adminKey, 20)],
  },
  {
    rule: 'openai-api-key-assigned',
    name: 'OPENAI_API_KEY',
    secret: join('s', 'k-', alnum(48)),
    keep: 3,
    short: join('s', 'k-', alnum(31)),
    negatives: [`OPENAI_API_KEY=${join('s', 'k-', '...')}`],
  },
  { rule: 'azure-openai-api-key', name: 'AZURE_OPENAI_API_KEY', secret: hex(32) },
  { rule: 'azure-openai-api-key', name: 'AZURE_OPENAI_KEY', secret: alnum(84), short: alnum(83) },
  { rule: 'anthropic-api-key', secret: join('sk-', 'ant-', 'api03-', b64url(93), 'AA'), keep: 13 },
  { rule: 'anthropic-admin-key', secret: join('sk-', 'ant-', 'admin01-', b64url(93), 'AA'), keep: 15 },
  {
    rule: 'anthropic-oauth-token',
    secret: join('sk-', 'ant-', 'oat01-', b64url(100)),
    keep: 13,
    short: join('sk-', 'ant-', 'oat01-', alnum(79)),
  },
  { rule: 'google-api-key', name: 'GEMINI_API_KEY', secret: join('AI', 'za', b64url(35)), keep: 4 },
  { rule: 'groq-api-key', secret: join('gs', 'k_', alnum(52)), keep: 4 },
  { rule: 'xai-api-key', secret: join('xa', 'i-', alnum(80)), keep: 4 },
  {
    rule: 'mistral-api-key',
    name: 'MISTRAL_API_KEY',
    secret: alnum(32),
    // Also under a section named for the provider: YAML, TOML and JSON.
    more: ['const client = new Mistral("§");', 'val keys = mapOf("mistralApiKey" to "§")', 'mistral:\n  api_key: §\n', '[mistral]\nkey = "§"\n', '{\n  "Mistral": {\n    "ApiKey": "§"\n  }\n}\n', '{"mistral": {"token": "§"}}'],
    negatives: ['mistral_model = "mistral-large-latest"', `mistral:\n  model_id: ${['Ab3d', 'Ef6h', 'Ij9k', 'Lm2n', 'Op5q', 'Rs8t', 'Uv1w', 'Xy4z'].join('')}\n`],
  },
  { rule: 'cohere-api-key', name: 'COHERE_API_KEY', secret: alnum(40), more: ['co = cohere.Client("§")'] },
  { rule: 'cohere-api-key', name: 'CO_API_KEY', secret: alnum(40), negatives: [`DISCO_API_KEY=${alnum(40)}`] },
  {
    rule: 'huggingface-access-token',
    name: 'HF_TOKEN',
    secret: join('h', 'f_', letters(34)),
    keep: 3,
    wrong: '7',
    // A URL's user-info may open with the token; any other slash before it makes it part of a path.
    more: ['git clone https://§@huggingface.co/acme/model'],
    negatives: [`see /models/${join('h', 'f_', letters(34))} for details`],
  },
  { rule: 'huggingface-org-token', secret: join('api', '_org_', letters(34)), keep: 8, wrong: '7' },
  { rule: 'replicate-api-token', secret: join('r', '8_', alnum(37)), keep: 3, more: ['git clone https://§@r8.im/acme/model'] },
  { rule: 'openrouter-api-key', secret: join('sk-', 'or-', 'v1-', hex(64)), keep: 9, wrong: 'Z' },
  // Without a version, or with a later one.
  { rule: 'openrouter-api-key', secret: join('sk-', 'or-', hex(64)), keep: 6, wrong: 'Z', negatives: [`k = "${join('sk-', 'or-', 'v1-', hex(63))}"`] },
  { rule: 'openrouter-api-key', secret: join('sk-', 'or-', 'v2-', hex(64)), keep: 9, wrong: 'Z' },
  { rule: 'perplexity-api-key', secret: join('pp', 'lx-', alnum(48)), keep: 5 },
  { rule: 'deepseek-api-key', name: 'DEEPSEEK_API_KEY', secret: join('s', 'k-', hex(32)), keep: 3, wrong: 'Z' },
  { rule: 'together-api-key', name: 'TOGETHER_API_KEY', secret: hex(64), wrong: 'Z', negatives: [`bundled_together_sha256 = "${hex(64)}"`] },
  {
    rule: 'together-api-key-v1',
    secret: join('tgp', '_v1_', b64url(43)),
    keep: 7,
    short: join('tgp', '_v1_', alnum(29)),
    more: ['client = Together(api_key="§")', 'const together = new Together({ apiKey: "§" });'],
  },
  { rule: 'fireworks-api-key', secret: join('f', 'w_', alnum(24)), keep: 3 },
  { rule: 'ai21-api-key', name: 'AI21_API_KEY', secret: alnum(32) },
  { rule: 'voyage-api-key', name: 'VOYAGE_API_KEY', secret: join('pa', '-', b64url(43)), keep: 3, short: join('pa', '-', alnum(39)) },
  { rule: 'elevenlabs-api-key', name: 'ELEVENLABS_API_KEY', secret: join('s', 'k_', hex(48)), keep: 3, wrong: 'Z' },
  { rule: 'elevenlabs-api-key', name: 'ELEVENLABS_API_KEY', secret: hex(32), wrong: 'Z' },
  { rule: 'assemblyai-api-key', name: 'ASSEMBLYAI_API_KEY', secret: hex(32), wrong: 'Z' },
  { rule: 'deepgram-api-key', name: 'DEEPGRAM_API_KEY', secret: hex(40), wrong: 'Z' },
  {
    rule: 'pinecone-api-key',
    secret: join('pc', 'sk_', alnum(5), '_', alnum(63)),
    keep: 5,
    short: join('pc', 'sk_', alnum(5), '_', alnum(49)),
  },
  { rule: 'pinecone-legacy-api-key', name: 'PINECONE_API_KEY', secret: uuid(), wrong: 'Z' },
  { rule: 'langsmith-api-key', name: 'LANGSMITH_API_KEY', secret: join('lsv2', '_pt_', hex(32), '_', hex(10)), keep: 8, wrong: 'Z' },
  { rule: 'langsmith-api-key', secret: join('lsv2', '_sk_', hex(32), '_', hex(10)), keep: 8, wrong: 'Z' },
  { rule: 'langfuse-secret-key', name: 'LANGFUSE_SECRET_KEY', secret: join('sk-', 'lf-', uuid()), keep: 6, wrong: 'Z' },
  { rule: 'stability-api-key', name: 'STABILITY_API_KEY', secret: join('s', 'k-', alnum(48)), keep: 3 },
  {
    rule: 'runway-api-key',
    name: 'RUNWAYML_API_SECRET',
    secret: join('key', '_', hex(128)),
    keep: 4,
    short: join('key', '_', alnum(39)),
  },
  { rule: 'cerebras-api-key', secret: join('cs', 'k-', randomString(charset.lowerAlnum, 48)), keep: 4, wrong: 'Q' },
  { rule: 'nvidia-api-key', secret: join('nva', 'pi-', b64url(64)), keep: 6, short: join('nva', 'pi-', alnum(59)) },
  {
    rule: 'anyscale-api-key',
    name: 'ANYSCALE_API_KEY',
    secret: join('esecret', '_', alnum(26)),
    keep: 8,
    short: join('esecret', '_', alnum(19)),
  },
  { rule: 'privateai-api-key', name: 'PRIVATE_AI_API_KEY', secret: alnum(32) },
  { rule: 'wandb-api-key', name: 'WANDB_API_KEY', secret: hex(40), wrong: 'Z' },
  {
    rule: 'wandb-api-key-v1',
    secret: join('wandb', '_v1_', alnum(27), '_', alnum(49)),
    keep: 9,
    short: join('wandb', '_v1_', alnum(27), '_', alnum(39)),
  },
  {
    rule: 'aws-bedrock-api-key',
    name: 'AWS_BEARER_TOKEN_BEDROCK',
    secret: bedrockKey,
    keep: 22,
    short: join('AB', 'SK', 'QmVkcm9ja0FQSUtleS', b64(78)),
    wrong: null,
    negatives: [broken(bedrockKey, 40)],
  },
  {
    rule: 'aws-bedrock-api-key-short-term',
    name: 'AWS_BEARER_TOKEN_BEDROCK',
    secret: bedrockShort,
    keep: 44,
    short: join('bedrock-', 'api-key-', 'YmVkcm9jay5hbWF6b25hd3MuY29t', b64(39)),
    wrong: null,
    negatives: [broken(bedrockShort, 60)],
  },
  { rule: 'tavily-api-key', secret: join('tv', 'ly-', alnum(32)), keep: 5 },
  { rule: 'tavily-api-key', secret: join('tv', 'ly-', 'dev-', alnum(32)), keep: 9 },
  { rule: 'llamacloud-api-key', secret: join('ll', 'x-', alnum(48)), keep: 4 },
  { rule: 'clarifai-api-key', name: 'CLARIFAI_PAT', secret: hex(32), wrong: 'Z' },
  { rule: 'firecrawl-api-key', name: 'FIRECRAWL_API_KEY', secret: join('fc', '-', hex(32)), keep: 3, wrong: 'Z' },
  {
    rule: 'claude-code-session-url',
    secret: join('https://claude.ai/', 'code/session_', alnum(24)),
    keep: 31,
    short: join('https://claude.ai/', 'code/session_', alnum(12)),
    negatives: [`see ${join('https://claude.ai/', 'chat/session_', alnum(24))}`, `see ${join('https://claude.ai/', 'code/', alnum(24))}`],
  },
];

describeRuleTable('ai', cases);
