// The official `openai` Node client against ik-sandbox for streamed tool calls (assembled by
// index, answered with a `tool` message) and response_format with a JSON schema (the client's
// own parser reads the answer).
import OpenAI from 'openai';

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: {
      type: 'object',
      required: ['city'],
      properties: { city: { type: 'string' }, days: { type: 'integer' } },
    },
  },
};

// Streams a tool call, assembles it from its deltas as the client's users do, sends the result
// back and reads the answer that uses it.
async function streamedToolCalls(chat, check) {
  const messages = [{ role: 'user', content: 'Please call get_weather for Paris' }];
  const stream = await chat.chat.completions.create({
    model: 'support-bot',
    messages,
    tools: [weatherTool],
    stream: true,
  });
  const calls = [];
  let finish = null;
  let fragments = 0;
  for await (const chunk of stream) {
    const choice = chunk.choices?.[0];
    for (const d of choice?.delta?.tool_calls ?? []) {
      const c = (calls[d.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } });
      if (d.id) c.id = d.id;
      if (d.function?.name) c.function.name = d.function.name;
      if (d.function?.arguments) {
        c.function.arguments += d.function.arguments;
        fragments += 1;
      }
    }
    if (choice?.finish_reason) finish = choice.finish_reason;
  }
  check(finish === 'tool_calls', `tools: finish_reason ${finish}`);
  check(calls.length === 1 && calls[0].function.name === 'get_weather', `tools: calls ${JSON.stringify(calls)}`);
  check(fragments > 1, `tools: the arguments came in ${fragments} fragment(s)`);
  let args = null;
  try {
    args = JSON.parse(calls[0]?.function.arguments ?? '');
  } catch (e) {
    fail(check, `tools: arguments are not JSON: ${calls[0]?.function.arguments}`);
  }
  check(args?.city === 'Paris', `tools: arguments ${JSON.stringify(args)}`);
  check(/^call_/.test(calls[0]?.id ?? ''), `tools: id ${calls[0]?.id}`);

  // The client's own runner-free round trip: the tool message goes back, the answer uses it.
  const answer = await chat.chat.completions.create({
    model: 'support-bot',
    tools: [weatherTool],
    messages: [
      ...messages,
      { role: 'assistant', content: null, tool_calls: calls },
      { role: 'tool', tool_call_id: calls[0]?.id, content: 'sunny, 21 C' },
    ],
  });
  const text = answer.choices?.[0]?.message?.content ?? '';
  check(answer.choices?.[0]?.finish_reason === 'stop', `tools: answer finish ${answer.choices?.[0]?.finish_reason}`);
  check(text.includes('sunny, 21 C'), `tools: the answer does not use the result: ${text}`);
}

function fail(check, message) {
  check(false, message);
}

// response_format json_schema through the client's parse() helper, which reads message.parsed.
async function jsonSchemaAnswer(chat, check) {
  const schema = {
    type: 'object',
    required: ['customer', 'status', 'items'],
    additionalProperties: false,
    properties: {
      customer: { type: 'string', minLength: 2 },
      status: { enum: ['open', 'paid'] },
      items: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } },
      },
    },
  };
  const response_format = { type: 'json_schema', json_schema: { name: 'order', schema, strict: true } };
  const parsed = await chat.beta.chat.completions.parse({
    model: 'support-bot',
    messages: [{ role: 'user', content: 'The order for Ada' }],
    response_format,
  });
  const order = parsed.choices?.[0]?.message?.parsed;
  check(order && typeof order === 'object', `json_schema: parsed is ${JSON.stringify(order)}`);
  check(typeof order?.customer === 'string' && order.customer.length >= 2, `json_schema: customer ${order?.customer}`);
  check(['open', 'paid'].includes(order?.status), `json_schema: status ${order?.status}`);
  check(Array.isArray(order?.items) && order.items.length >= 1 && Number.isInteger(order.items[0].qty) && order.items[0].qty >= 1,
    `json_schema: items ${JSON.stringify(order?.items)}`);
  check(Object.keys(order ?? {}).every((k) => k in schema.properties), `json_schema: extra keys in ${JSON.stringify(order)}`);

  // Streamed: the same document, in fragments.
  const stream = await chat.chat.completions.create({
    model: 'support-bot',
    messages: [{ role: 'user', content: 'The order for Ada' }],
    response_format,
    stream: true,
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content ?? '';
  check(JSON.stringify(JSON.parse(text)) === JSON.stringify(order), `json_schema: stream gave ${text}`);

  const object = await chat.chat.completions.create({
    model: 'support-bot',
    messages: [{ role: 'user', content: 'Say hello' }],
    response_format: { type: 'json_object' },
  });
  const value = JSON.parse(object.choices?.[0]?.message?.content ?? 'null');
  check(value && typeof value === 'object' && !Array.isArray(value), `json_object: ${JSON.stringify(value)}`);
}

export async function checkToolsAndStructuredOutput(base, key, check) {
  const chat = new OpenAI({ baseURL: `${base}/endpoint/acme/support-bot/v1`, apiKey: key, maxRetries: 0, timeout: 30000 });
  await streamedToolCalls(chat, check);
  await jsonSchemaAnswer(chat, check);
}
