// A PDF info date ("D:20240305101500+01'00'", often without the "D:" or the time) as "YYYY-MM-DD",
// "YYYY-MM" or "YYYY"; null when it is not one.

export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (match === null) return null;
  const [, year, month, day] = match;
  if (year === undefined || Number(year) < 1900) return null;
  if (month === undefined || Number(month) < 1 || Number(month) > 12) return year;
  if (day === undefined || Number(day) < 1 || Number(day) > 31) return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
