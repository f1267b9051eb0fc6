// The baseline for intake throughput: the least a server can do for the same job. A bare Node
// HTTP server that validates the same JSON with the same shared zod code and inserts the same row
// with `pg`, with no framework, no permissions and no outbox.
import http from 'node:http';
import pg from 'pg';
import { generateReference, validateEnvelope, validateSubmission, serviceFormSchema, type ServiceForm } from '@city/shared/forms';

export interface Baseline {
  url: string;
  count(): Promise<number>;
  close(): Promise<void>;
}

export async function startBaseline(options: { databaseUrl: string; port: number; forms: ServiceForm[] }): Promise<Baseline> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  // An idle client's connection ended by the server (the benchmark drops its database at the end)
  // is reported on the pool; without a listener Node ends the process.
  pool.on('error', () => undefined);
  await pool.query(`CREATE TABLE IF NOT EXISTS baseline_requests (
    id serial PRIMARY KEY, reference text NOT NULL UNIQUE, form_code text NOT NULL, form_snapshot jsonb NOT NULL,
    answers jsonb NOT NULL, contact jsonb NOT NULL, locale text NOT NULL, channel text NOT NULL, status text NOT NULL,
    idempotency_key text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`);
  const forms = new Map(options.forms.map((form) => [form.code, serviceFormSchema.parse(form)]));

  const send = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      void (async () => {
        let input: unknown;
        try {
          input = JSON.parse(raw);
        } catch {
          return send(response, 400, { error: 'invalid JSON' });
        }
        const envelope = validateEnvelope(input);
        if (!envelope.success) return send(response, 400, { errors: envelope.errors });
        const form = forms.get(envelope.data.formCode);
        if (!form) return send(response, 404, { error: 'unknown form' });
        const valid = validateSubmission(form, envelope.data.locale, envelope.data);
        if (!valid.success) return send(response, 400, { errors: valid.errors });
        const reference = generateReference();
        const inserted = await pool.query<{ reference: string }>(
          `INSERT INTO baseline_requests (reference, form_code, form_snapshot, answers, contact, locale, channel, status, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, 'web', 'submitted', $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING reference`,
          [reference, form.code, JSON.stringify(form), JSON.stringify(valid.data.answers), JSON.stringify(valid.data.contact), envelope.data.locale, envelope.data.idempotencyKey],
        );
        const stored = inserted.rows[0]?.reference ?? (await pool.query<{ reference: string }>('SELECT reference FROM baseline_requests WHERE idempotency_key = $1', [envelope.data.idempotencyKey])).rows[0]?.reference;
        send(response, 200, { reference: stored, status: 'submitted' });
      })().catch((error: unknown) => send(response, 500, { error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    count: async () => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM baseline_requests')).rows[0]?.n ?? 0),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
