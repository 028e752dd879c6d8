/** Text into HTML: every value placed in a mail's HTML part goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The HTML part of a Concord mail: one paragraph per text block and a link, in the recipient's language. */
export function mailHtml(lang: string, paragraphs: string[], link?: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const anchor = link ? `\n<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : '';
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body>\n${body}${anchor}\n</body></html>\n`;
}
