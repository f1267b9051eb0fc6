import { describe, expect, it } from 'vitest';
import { readFormPost } from './form-post';

describe('reading the form post', () => {
  const expected = {
    formCode: 'wifi-outage',
    locale: 'es',
    idempotencyKey: 'k'.repeat(20),
    answers: { problem: 'slow', layers: ['a', 'b'] },
    contact: { name: 'Ana', email: 'ana@example.com' },
    startedAt: 1700000000000,
    honeypot: '',
    confirmation: undefined,
  };

  it('reads nested (URL-encoded, qs) and flat (multipart) bodies the same way', () => {
    const nested = readFormPost({ formCode: 'wifi-outage', locale: 'es', idempotencyKey: 'k'.repeat(20), answers: { problem: 'slow', layers: ['a', 'b'] }, contact: { name: 'Ana', email: 'ana@example.com' }, startedAt: '1700000000000' }, undefined);
    const flat = readFormPost({ formCode: 'wifi-outage', locale: 'es', idempotencyKey: 'k'.repeat(20), 'answers[problem]': 'slow', 'answers[layers]': ['a', 'b'], 'contact[name]': 'Ana', 'contact[email]': 'ana@example.com', startedAt: '1700000000000' }, {});
    expect(nested.envelope).toEqual(expected);
    expect(flat.envelope).toEqual(expected);
  });

  it('assigns files to their answer key, and treats an empty file input as no file', () => {
    const post = readFormPost(
      { honeypot: ' filled ' },
      {
        'answers[plans]': [
          { filepath: '/tmp/a', originalFilename: 'a.pdf', mimetype: 'application/pdf', size: 10 },
          { filepath: '/tmp/b', originalFilename: 'b.pdf', mimetype: 'application/pdf', size: 20 },
        ],
        'answers[photo]': { filepath: '/tmp/c', originalFilename: '', mimetype: 'application/octet-stream', size: 0 },
        other: { filepath: '/tmp/d', originalFilename: 'd.png', mimetype: 'image/png', size: 5 },
      },
    );
    expect(post.files.map((file) => [file.field, file.filepath])).toEqual([
      ['plans', '/tmp/a'],
      ['plans', '/tmp/b'],
      ['', '/tmp/c'],
      ['', '/tmp/d'],
    ]);
    expect(post.envelope.honeypot).toBe('filled');
  });

  it('reads which button moved between pages: Continue, Back, a Change button (the page it names), and anything else as a send', () => {
    const read = (fields: Record<string, unknown>) => {
      const post = readFormPost(fields, undefined);
      return [post.intent, post.screen, post.target, post.staged];
    };
    expect(read({ intent: 'next', screen: 'work', staged: 'abc' })).toEqual(['next', 'work', undefined, 'abc']);
    expect(read({ intent: 'back', screen: 'work' })).toEqual(['back', 'work', undefined, undefined]);
    expect(read({ change: 'work', screen: 'contact' })).toEqual(['change', 'contact', 'work', undefined]);
    expect(read({ intent: 'save' })[0]).toBe('save');
    expect(read({ intent: 'send' })[0]).toBe('send');
    expect(read({ intent: 'delete-everything' })[0]).toBe('send');
  });
});
