// Form metrics (issue 16): tells the CMS, without cookies, when a fill starts (its first answer, or
// its first move to another page) and each page it reaches, so editors see where people give up.
// The fill is named by a random key of its own, never the request's, kept for this page view only;
// the CMS keeps only a hash of it salted for the day (cms/src/lib/form-metrics.ts). Sending is best
// effort: a lost beacon loses a count, never the resident's answers.
import { useEffect, useRef } from 'react';
import { METRIC_CHECK_STEP, type FormBeacon } from '@city/shared/forms';

/** Sends one beacon; never throws, never waits. */
export type SendBeacon = (beacon: FormBeacon) => void;

/**
 * The browser's sender: JSON as text/plain (a "simple" request: no preflight), no credentials, and
 * `keepalive` so a beacon sent as the page goes still arrives.
 */
export function beaconTo(url: string): SendBeacon {
  return (beacon) => {
    try {
      fetch(url, { method: 'POST', body: JSON.stringify(beacon), keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => undefined);
    } catch {
      // A browser without fetch or keepalive: not counted.
    }
  };
}

export interface FormMetricsOptions {
  send: SendBeacon | undefined;
  newKey: (() => string) | undefined;
  formCode: string;
  locale: FormBeacon['locale'];
  /** The answers: their first change starts the fill. */
  values: unknown;
  /** The island's step ('form', 'check', …) and the id of the page of questions shown. */
  step: string;
  screenId: string;
}

/** The page a step shows, as metricSteps names it (shared/forms/metrics.ts); none for the exit and confirmation pages. */
const pageOf = (step: string, screenId: string): string | undefined => (step === 'form' ? screenId : step === 'check' ? METRIC_CHECK_STEP : undefined);

export function useFormMetrics({ send, newKey, formCode, locale, values, step, screenId }: FormMetricsOptions): void {
  const fill = useRef<string | undefined>(undefined);
  const first = useRef({ values, page: pageOf(step, screenId) });
  const started = useRef(false);
  const sent = useRef(new Set<string>());
  const page = pageOf(step, screenId);
  useEffect(() => {
    if (!send || !newKey || page === undefined) return;
    if (!started.current && values === first.current.values && page === first.current.page) return;
    const key = (fill.current ??= newKey());
    // A fill that starts by moving on (a page of optional questions) started on the page it left.
    const pages = started.current ? [page] : [first.current.page, page];
    started.current = true;
    for (const reached of pages) {
      if (reached === undefined || sent.current.has(reached)) continue;
      sent.current.add(reached);
      send({ formCode, locale, fill: key, step: reached });
    }
  }, [send, newKey, formCode, locale, values, page]);
}
