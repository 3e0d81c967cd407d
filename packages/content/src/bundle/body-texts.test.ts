import { inflateRawSync } from 'node:zlib';
import { createIndexTerms } from '@marsad/arabic';
import { describe, expect, it } from 'vitest';
import { type BodyText, BodyTexts } from './body-texts.js';
import { markdownPlainText } from './plain-text.js';

const BODY = 'تعد قضية **خروج القوات** الأجنبية من [أهم](https://example.org) القضايا.\n\n- Erbil\n- أربيل\n';
const OTHER = `${BODY}\nفقرة أخرى عن :actor[السوداني]{#al-sudani}.\n`;

/** What a body's search text holds, readable: the deflated texts inflated. */
const readable = (text: BodyText) => ({
  body: inflateRawSync(text.body).toString(),
  plain: inflateRawSync(text.plain).toString(),
  terms: text.terms,
  plainBytes: text.plainBytes,
});

describe('BodyTexts', () => {
  it('makes a body its deflated text, its plain text and their terms', () => {
    const plain = markdownPlainText(BODY);
    expect(readable(new BodyTexts().take(BODY))).toEqual({
      body: BODY,
      plain,
      terms: createIndexTerms()(plain),
      plainBytes: Buffer.byteLength(plain),
    });
    expect(plain).not.toContain('**');
  });

  it('gives a prepared body what it would make, once, and makes any other body then', () => {
    const texts = new BodyTexts();
    texts.prepare(BODY);
    const fresh = new BodyTexts();
    expect(texts.take(OTHER)).toEqual(fresh.take(OTHER));
    const prepared = texts.take(BODY);
    expect(prepared).toEqual(fresh.take(BODY));
    // Taken once: asked again, the body is made again, with the same result.
    expect(texts.take(BODY)).not.toBe(prepared);
    expect(texts.take(BODY)).toEqual(prepared);
  });

  it('keeps deflated texts in buffers of their own size', () => {
    const texts = new BodyTexts();
    texts.prepare(OTHER.repeat(50));
    const { body, plain } = texts.take(OTHER.repeat(50));
    expect(body.buffer.byteLength).toBe(body.byteLength);
    expect(plain.buffer.byteLength).toBe(plain.byteLength);
  });
});
