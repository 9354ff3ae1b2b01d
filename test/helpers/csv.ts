/**
 * A small RFC 4180 reader for tests that read an export back: quoted fields, doubled quotes,
 * commas and line breaks inside quotes, CRLF rows, an optional BOM. Rows become objects keyed
 * by the header.
 */
export function parseCsv(csv: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(csv);
  if (!header) throw new Error('CSV without a header');
  return body.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV row of ${r.length} fields under a header of ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
}

/** The rows of a CSV text as arrays of fields, header included. */
export function parseCsvRows(csv: string): string[][] {
  const s = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
