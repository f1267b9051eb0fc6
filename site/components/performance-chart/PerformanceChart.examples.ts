// Named examples of one service's figures, as the CMS answers them: documentation, and the
// fixtures the unit test renders and runs axe on.
import type { PerformanceMonth, ServicePerformance } from '@city/shared/performance';

const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

const quiet = (month: string): PerformanceMonth => ({ month, received: 0, resolved: 0, medianDaysToResolve: null, resolvedWithTarget: 0, resolvedWithinTarget: 0, shareWithinTarget: null });

/** Thirteen months of a busy service with a target: every figure filled in. */
const busyMonths: PerformanceMonth[] = MONTHS.map((month, index) => ({
  month,
  received: 20 + index * 3,
  resolved: 18 + index * 2,
  medianDaysToResolve: index === 12 ? 0.5 : 1.5 + index / 10,
  resolvedWithTarget: 18 + index * 2,
  resolvedWithinTarget: 15 + index,
  shareWithinTarget: (15 + index) / (18 + index * 2),
}));
const busy = { formCode: 'wifi-outage', serviceSlug: 'report-a-public-wifi-outage', months: busyMonths };

export const performanceChartExamples = {
  'a busy service with a target': { ...busy, title: 'Report a public Wi-Fi outage' },
  // The same figures as each language's page gets them: the CMS names the service in that language.
  'a busy service, named in Spanish': { ...busy, title: 'Reportar una falla del wifi público' },
  'a busy service, named in Arabic': { ...busy, title: 'الإبلاغ عن انقطاع شبكة الواي فاي العامة' },
  'a busy service, named in Amharic': { ...busy, title: 'የሕዝብ ዋይፋይ መቋረጥን ሪፖርት ያድርጉ' },
  'a quiet service without a target': {
    formCode: 'gis-data-request',
    title: 'Request GIS map data',
    serviceSlug: 'request-gis-map-data',
    months: MONTHS.map((month) => (month === '2026-11' ? { ...quiet(month), received: 1, resolved: 1, medianDaysToResolve: 12.3 } : quiet(month))),
  },
  'a title with markup in it': {
    formCode: 'odd<code>',
    title: 'Permits <script>alert("x")</script> & "more"',
    serviceSlug: null,
    months: MONTHS.map((month) => ({ ...quiet(month), received: 1200 })),
  },
} satisfies Record<string, ServicePerformance>;
