import type { Core } from '@strapi/strapi';
import { namespaces, translator } from '@city/shared/i18n';
import type { QueueQuery } from '../../contract';
import { queue } from './queue';
import type { Scope } from './scope';

/** The most rows one export holds; a bigger list is narrowed with filters first. */
export const EXPORT_LIMIT = 10_000;

const statusWord = translator<(typeof namespaces.status)['en']>(namespaces.status);
const deskWord = translator<(typeof namespaces.desk)['en']>(namespaces.desk);
const COLUMNS = ['reference', 'received', 'due', 'overdue', 'status', 'priority', 'service', 'division', 'assignee', 'resident'] as const;

/**
 * A cell as spreadsheets read it safely: quoted, quotes doubled, and a leading = + - @ (or tab,
 * carriage return) defused, so a resident's answer can never run as a formula on staff's machine.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const csvLine = (cells: (string | number | null | undefined)[]): string => cells.map(csvCell).join(',');

/**
 * The filtered list as CSV, in the staff member's language: the columns the desk's list shows
 * (what both desk roles may read), never answers, contact email or phone, nor internal notes.
 */
export async function exportCsv(strapi: Core.Strapi, scope: Scope, query: QueueQuery): Promise<string> {
  const word = (key: Parameters<typeof deskWord>[1]) => deskWord(scope.language, key);
  const lines = [csvLine(COLUMNS.map((column) => word(`csv.${column}`)))];
  const pageSize = 100;
  for (let page = 1; (page - 1) * pageSize < EXPORT_LIMIT; page += 1) {
    const result = await queue(strapi, scope, { ...query, page, pageSize });
    for (const item of result.items) {
      lines.push(
        csvLine([
          item.reference,
          item.receivedAt,
          item.dueAt,
          word(item.overdue ? 'yes' : 'no'),
          statusWord(scope.language, item.status),
          word(`priority.${item.priority}`),
          item.serviceTitle,
          item.divisionName,
          item.assignee?.name ?? '',
          item.residentName,
        ]),
      );
    }
    if (page >= result.pagination.pageCount) break;
  }
  return `${lines.join('\r\n')}\r\n`;
}
