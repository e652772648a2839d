// The official openai and ollama clients against a running node. Usage:
//   AURA_BASE=http://127.0.0.1:3000 AURA_KEY=aura_... AURA_MODEL=llama3:8b AURA_ANSWER='...' node clients.mjs
// Prints one line per check ("ok <name>") and exits non-zero at the first that fails.
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { Ollama } from 'ollama';

const base = process.env.AURA_BASE;
const key = process.env.AURA_KEY;
const model = process.env.AURA_MODEL;
const answer = process.env.AURA_ANSWER;
assert.ok(base && key && model && answer, 'AURA_BASE, AURA_KEY, AURA_MODEL and AURA_ANSWER are required');

const openai = new OpenAI({ baseURL: `${base}/v1`, apiKey: key, maxRetries: 0, timeout: 120_000 });
const ollama = new Ollama({ host: `${base}/ollama`, headers: { Authorization: `Bearer ${key}` } });
const messages = [{ role: 'user', content: 'How do liquid networks forecast?' }];

const checks = {
  async openaiListsModels() {
    const ids = [];
    for await (const m of openai.models.list()) ids.push(m.id);
    assert.deepEqual(ids, [model]);
  },
  async openaiChats() {
    const c = await openai.chat.completions.create({ model, messages });
    assert.equal(c.choices[0].message.content, answer);
    assert.equal(c.choices[0].finish_reason, 'stop');
    assert.ok(c.usage.completion_tokens > 0);
  },
  async openaiStreams() {
    const stream = await openai.chat.completions.create({ model, messages, stream: true });
    let text = '', chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      chunks++;
    }
    assert.equal(text, answer);
    assert.ok(chunks > 5, `only ${chunks} chunks`);
  },
  async ollamaListsTags() {
    const tags = await ollama.list();
    assert.deepEqual(tags.models.map(m => m.name), [model]);
    const m = tags.models[0];
    for (const field of ['name', 'model', 'modified_at', 'size', 'digest', 'details']) assert.ok(field in m, field);
  },
  async ollamaShowsPsAndVersion() {
    const show = await ollama.show({ model });
    assert.ok(show.details, 'show has details');
    const ps = await ollama.ps();
    assert.deepEqual(ps.models.map(m => m.name), [model]);
    const v = await fetch(`${base}/ollama/api/version`, { headers: { Authorization: `Bearer ${key}` } });
    assert.match((await v.json()).version, /^\d+\.\d+\.\d+$/);
  },
  async ollamaChats() {
    const r = await ollama.chat({ model, messages, stream: false });
    assert.equal(r.message.content, answer);
    assert.equal(r.done, true);
    assert.equal(r.done_reason, 'stop');
    assert.ok(r.eval_count > 0 && r.total_duration > 0);
  },
  async ollamaStreamsAChat() {
    const stream = await ollama.chat({ model, messages, stream: true });
    let text = '', last;
    for await (const part of stream) {
      text += part.message.content;
      last = part;
    }
    assert.equal(text, answer);
    assert.equal(last.done, true);
    assert.ok(last.eval_count > 0 && 'prompt_eval_count' in last);
  },
  async ollamaGenerates() {
    const r = await ollama.generate({ model, prompt: 'How do liquid networks forecast?', system: 'Be brief.', stream: false });
    assert.equal(r.response, answer);
    assert.equal(r.done, true);
  },
  async ollamaStreamsAGeneration() {
    const stream = await ollama.generate({ model, prompt: 'How do liquid networks forecast?', stream: true });
    let text = '', parts = 0;
    for await (const part of stream) {
      text += part.response;
      parts++;
    }
    assert.equal(text, answer);
    assert.ok(parts > 5, `only ${parts} parts`);
  },
  async ollamaSaysAnUnknownModelIsNotFound() {
    await assert.rejects(ollama.chat({ model: 'no-such-model:1b', messages }), e => e.status_code === 404 && /not found/.test(e.error));
  },
};

for (const [name, check] of Object.entries(checks)) {
  try {
    await check();
    console.log(`ok ${name}`);
  } catch (e) {
    console.log(`FAILED ${name}: ${e?.stack ?? e}`);
    process.exit(1);
  }
}
