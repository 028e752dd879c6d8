import { sessionStore } from '../app/session/session-store';

/** Hands a blob to the browser as a file download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/**
 * A release file (`<version>.json` or `<version>.sig`) fetched over the same authenticated path a government's
 * licensing system uses, then saved under its own name. Rejects with the HTTP status when the API refuses.
 */
export async function downloadReleaseFile(file: string): Promise<void> {
  const response = await fetch(`/releases/${encodeURIComponent(file)}`, { headers: { authorization: `Bearer ${sessionStore.token}` } });
  if (!response.ok) throw new Error(String(response.status));
  saveBlob(await response.blob(), file);
}
