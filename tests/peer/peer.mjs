// The sandbox must be a faithful peer: an unrelated OpenAI-compatible client, the official
// `openai` Node package, talks to it for chat, streaming chat, image parts and embeddings.
// Usage: node tests/peer/peer.mjs <path to ik-sandbox>
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { deflateSync } from 'node:zlib';
import OpenAI from 'openai';
import { checkToolsAndStructuredOutput } from './peer_structured.mjs';

// A real PNG of w×h pixels, made here (zlib from node, CRC-32 by hand), for the image parts.
function png(w, h) {
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc(h * (1 + 3 * w), 0x80);
  for (let y = 0; y < h; y++) rows[y * (1 + 3 * w)] = 0; // filter: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const bin = process.argv[2];
if (!bin) {
  console.error('usage: node peer.mjs <path to ik-sandbox>');
  process.exit(2);
}

const sandbox = spawn(bin, ['--port', '0', '--tokens-per-second', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let failed = false;
const fail = (message) => {
  console.error(`peer: FAIL: ${message}`);
  failed = true;
};
const check = (condition, message) => {
  if (!condition) fail(message);
  return condition;
};

// The banner: "listening http://127.0.0.1:PORT", "key <project>/<workload> <key>", ...
async function readBanner() {
  const lines = createInterface({ input: sandbox.stdout });
  const keys = {};
  let base = null;
  const timer = setTimeout(() => {
    console.error('peer: FAIL: no banner from ik-sandbox within 20 s');
    sandbox.kill('SIGKILL');
    process.exit(1);
  }, 20000);
  for await (const line of lines) {
    const listening = /^listening (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    const key = /^key (\S+) (ik_live_\S+)$/.exec(line);
    if (listening) base = listening[1];
    if (key) keys[key[1]] = key[2];
    if (line.startsWith('control-token ') && base) break;
  }
  clearTimeout(timer);
  return { base, keys };
}

sandbox.on('exit', (code, signal) => {
  if (code !== 0 && signal !== 'SIGTERM') fail(`ik-sandbox exited early (code ${code}, signal ${signal})`);
});

try {
  const { base, keys } = await readBanner();
  check(base, 'banner has no "listening" line');
  check(keys['acme/support-bot'] && keys['acme/billing'], 'banner lacks the acme keys');
  if (failed) throw new Error('no usable banner: is the argument the ik-sandbox binary?');

  const chat = new OpenAI({
    baseURL: `${base}/endpoint/acme/support-bot/v1`,
    apiKey: keys['acme/support-bot'],
    maxRetries: 0,
    timeout: 30000,
  });
  const params = {
    model: 'support-bot',
    messages: [
      { role: 'system', content: 'You are a helpful support agent.' },
      { role: 'user', content: 'How do I rotate the billing webhook secret?' },
    ],
    seed: 42,
    temperature: 0.7,
  };

  // Chat.
  const completion = await chat.chat.completions.create(params);
  const text = completion.choices?.[0]?.message?.content ?? '';
  check(text.trim().length > 0, 'chat: empty text');
  check(completion.object === 'chat.completion', `chat: object is ${completion.object}`);
  check(completion.model === 'meta-llama/Llama-3.1-8B-Instruct', `chat: model is ${completion.model}`);
  check(completion.choices[0].finish_reason === 'stop', `chat: finish_reason ${completion.choices[0].finish_reason}`);
  check(completion.usage?.completion_tokens > 0, 'chat: no usage');

  // Streaming chat: the deltas make the same text for the same seed and temperature.
  const stream = await chat.chat.completions.create({
    ...params,
    stream: true,
    stream_options: { include_usage: true },
  });
  let streamed = '';
  let deltas = 0;
  let finish = null;
  let usage = null;
  for await (const chunk of stream) {
    const choice = chunk.choices?.[0];
    if (choice?.delta?.content) {
      streamed += choice.delta.content;
      deltas += 1;
    }
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) usage = chunk.usage;
  }
  check(streamed.length > 0, 'stream: no text');
  check(streamed === text, `stream: text differs from the non-streamed text\n  stream: ${JSON.stringify(streamed)}\n  chat:   ${JSON.stringify(text)}`);
  check(finish === 'stop', `stream: finish_reason ${finish}`);
  check(usage?.completion_tokens === deltas, `stream: usage.completion_tokens ${usage?.completion_tokens}, deltas ${deltas}`);

  // max_tokens through the client.
  const short = await chat.chat.completions.create({ ...params, max_tokens: 4 });
  check(short.choices[0].finish_reason === 'length', `max_tokens: finish_reason ${short.choices[0].finish_reason}`);
  check(short.usage?.completion_tokens === 4, `max_tokens: ${short.usage?.completion_tokens} tokens`);

  // Logprobs: the client reads choices[0].logprobs.content, whole and streamed, and both agree.
  const lpParams = { ...params, logprobs: true, top_logprobs: 3 };
  const lpWhole = await chat.chat.completions.create(lpParams);
  const lpTokens = lpWhole.choices[0].logprobs?.content ?? [];
  check(lpTokens.length > 0, 'logprobs: no tokens in the whole answer');
  check(lpTokens.map((t) => t.token).join('') === lpWhole.choices[0].message.content,
    'logprobs: the tokens do not spell the answer');
  check(lpTokens.every((t) => t.logprob <= 0 && t.top_logprobs.length === 3 &&
    t.bytes.length === Buffer.byteLength(t.token)), 'logprobs: a token lacks its figures');
  const lpStream = await chat.chat.completions.create({ ...lpParams, stream: true });
  const lpStreamed = [];
  for await (const chunk of lpStream) lpStreamed.push(...(chunk.choices?.[0]?.logprobs?.content ?? []));
  check(JSON.stringify(lpStreamed) === JSON.stringify(lpTokens), 'logprobs: streamed tokens differ from the whole answer');

  // Embeddings against acme/billing: the client's default (base64) and explicit floats agree.
  const embed = new OpenAI({
    baseURL: `${base}/endpoint/acme/billing/v1`,
    apiKey: keys['acme/billing'],
    maxRetries: 0,
    timeout: 30000,
  });
  const inputs = ['refund for my invoice', 'invoice refund', 'sunny weather in Lisbon'];
  const viaBase64 = await embed.embeddings.create({ model: 'billing', input: inputs });
  const viaFloat = await embed.embeddings.create({ model: 'billing', input: inputs, encoding_format: 'float' });
  check(viaBase64.data.length === 3 && viaFloat.data.length === 3, 'embeddings: wrong count');
  check(viaBase64.model === 'nomic-embed-text', `embeddings: model is ${viaBase64.model}`);
  const byIndex = (r) => [...r.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  const a = byIndex(viaBase64);
  const b = byIndex(viaFloat);
  const cos = (x, y) => x.reduce((s, v, i) => s + v * y[i], 0);
  for (let i = 0; i < 3; i++) {
    check(a[i].length === 384, `embeddings: dimension ${a[i].length}`);
    const norm = Math.sqrt(cos(a[i], a[i]));
    check(Math.abs(norm - 1) < 1e-4, `embeddings: norm ${norm}`);
    check(a[i].every((v, j) => Math.abs(v - b[i][j]) < 1e-6), `embeddings: base64 and float differ at ${i}`);
  }
  check(cos(a[0], a[1]) > cos(a[0], a[2]), 'embeddings: similar texts are not nearer');

  await checkToolsAndStructuredOutput(base, keys['acme/support-bot'], check);

  // Image parts as the client types them: text, then an image_url with a data URL.
  const url = `data:image/png;base64,${png(64, 32).toString('base64')}`;
  const seen = await chat.chat.completions.create({
    model: 'support-bot',
    messages: [{ role: 'user', content: [
      { type: 'text', text: 'What is in this picture?' },
      { type: 'image_url', image_url: { url } },
    ] }],
  });
  const described = seen.choices?.[0]?.message?.content;
  check(described === 'Image 1: PNG, 64×32.', `images: answer ${JSON.stringify(described)}`);
  try {
    await chat.chat.completions.create({
      model: 'support-bot',
      messages: [{ role: 'user', content: [
        { type: 'image_url', image_url: { url: `data:image/png;base64,${Buffer.from('not an image').toString('base64')}` } },
      ] }],
    });
    fail('images: a data URL holding text was accepted');
  } catch (e) {
    check(e instanceof OpenAI.BadRequestError, `images: expected BadRequestError, got ${e?.constructor?.name}`);
    check(/does not hold an image/.test(e.message), `images: message ${e.message}`);
  }

  // The SDK's error types map from the sandbox's statuses.
  try {
    await new OpenAI({ baseURL: chat.baseURL, apiKey: keys['acme/billing'], maxRetries: 0 })
      .chat.completions.create(params);
    fail('errors: a key of another workload was accepted');
  } catch (e) {
    check(e instanceof OpenAI.PermissionDeniedError, `errors: expected PermissionDeniedError, got ${e?.constructor?.name}`);
    check(e.code === 'scope_insufficient', `errors: code ${e.code}`);
  }
} catch (e) {
  fail(`unexpected error: ${e?.stack ?? e}`);
} finally {
  sandbox.kill('SIGTERM');
}

if (failed) process.exit(1);
console.log('peer: openai-node chat, streaming chat, streamed tool calls, json_schema, logprobs, image parts, embeddings and errors agree with ik-sandbox');
