import { XMLParser } from 'fast-xml-parser';
import { serviceFormSchema, type ServiceForm } from '@city/shared/forms';
import { request } from '../../harness/http';
import { pairForms, validCase, type Entry, type FormPair, type Locale } from '../bad-input/cases';
import { encode, send, type RawResponse } from '../bad-input/encode';
import { OPEN311_KEY } from './cms';

/** The published forms of a CMS in both languages, and which of them Open311 offers. */
export async function loadForms(baseUrl: string): Promise<FormPair[]> {
  const forms = async (locale: Locale) => {
    const response = await request<{ data: unknown[] }>(`${baseUrl}/api/service-forms?locale=${locale}&pagination[pageSize]=100`);
    if (response.status !== 200) throw new Error(`service forms: ${response.status}`);
    return new Map<string, ServiceForm>(response.body.data.map((raw) => serviceFormSchema.parse(raw)).map((form) => [form.code, form]));
  };
  const services = await request<{ service_code: string }[]>(`${baseUrl}/api/open311/v2/services.json`);
  const open311Codes = new Set(Array.isArray(services.body) ? services.body.map((service) => service.service_code) : []);
  return pairForms(await forms('en'), await forms('es'), open311Codes);
}

/** Forms every entry point can answer validly (no required file: files travel only in the multipart form). */
export function formsForEveryEntry(forms: readonly FormPair[]): FormPair[] {
  return forms.filter((form) => form.open311 && !form.en.fields.some((field) => field.__component === 'form-field.file-upload' && field.required));
}

export interface SubmitAnswer {
  status: number;
  /** The reference the answer carries, when it is a success. */
  reference?: string;
  replayed?: boolean;
  /** What went wrong when there is no reference (network error, or the body). */
  problem?: string;
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

function referenceOf(entry: Entry, reply: string, response: RawResponse): { reference?: string; replayed?: boolean } {
  try {
    if (entry === 'graphql') {
      const body = JSON.parse(response.text) as { data?: { submitServiceRequest?: { reference: string; replayed: boolean } } | null };
      const receipt = body.data?.submitServiceRequest;
      return receipt ? { reference: receipt.reference, replayed: receipt.replayed } : {};
    }
    if (entry === 'open311') {
      if (response.status !== 200 && response.status !== 201) return {};
      if (reply === 'xml') {
        const body = xml.parse(response.text) as { service_requests?: { request?: { service_request_id?: string } } };
        return { reference: body.service_requests?.request?.service_request_id, replayed: response.status === 200 };
      }
      const body = JSON.parse(response.text) as { service_request_id?: string }[];
      return { reference: body[0]?.service_request_id, replayed: response.status === 200 };
    }
    if (response.status !== 200 && response.status !== 201) return {};
    const body = JSON.parse(response.text) as { data?: { reference?: string; replayed?: boolean } };
    return { reference: body.data?.reference, replayed: body.data?.replayed };
  } catch {
    return {};
  }
}

/**
 * Sends one valid submission through an entry point and reads the reference from the answer.
 * Form posts ask for JSON (as the island does when it sends files), Open311 for JSON or XML.
 */
export async function submitValid(baseUrl: string, options: { entry: Entry; form: FormPair; locale: Locale; key: string; reply?: 'json' | 'xml'; timeoutMs?: number }): Promise<SubmitAnswer> {
  const reply = options.entry === 'open311' ? (options.reply ?? 'json') : 'json';
  const testCase = validCase(options.form, options.entry, reply, options.locale, options.key);
  try {
    const response = await send(baseUrl, encode(testCase, OPEN311_KEY), options.timeoutMs);
    const { reference, replayed } = referenceOf(options.entry, reply, response);
    return reference ? { status: response.status, reference, replayed } : { status: response.status, problem: response.text.slice(0, 300) };
  } catch (error) {
    return { status: 0, problem: error instanceof Error ? error.message : String(error) };
  }
}
