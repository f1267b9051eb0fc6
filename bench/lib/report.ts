/** A Markdown table: the format of docs/performance.md and of what `npm run bench` prints. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
