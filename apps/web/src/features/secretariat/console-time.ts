/** `<input type="datetime-local">` speaks the browser's local time without a zone; the API wants an instant. */
export const toInstant = (local: string) => new Date(local).toISOString();

export function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const daysFrom = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);
