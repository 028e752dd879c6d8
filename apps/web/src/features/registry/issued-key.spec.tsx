/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import { IssuedKey } from './issued-key';

const KEY = 'ck_abc123_secretpart';

function renderKey(writeText: (text: string) => Promise<void>, onStored = jest.fn()) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(
    <LocaleProvider locale="en">
      <IssuedKey name="METI licensing system" apiKey={KEY} onStored={onStored} />
    </LocaleProvider>,
  );
  return onStored;
}

describe('the key shown once', () => {
  it('warns, shows the key, takes focus, and says "Copied" in a live region after copying', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    const onStored = renderKey(writeText);
    const heading = screen.getByRole('heading', { name: 'The key for METI licensing system' });
    expect(document.activeElement).toBe(heading);
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe(KEY);
    expect(screen.getByText(/It will not be shown again/)).toBeTruthy();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the key' })));
    expect(writeText).toHaveBeenCalledWith(KEY);
    expect(status.textContent).toBe('Copied');
    fireEvent.click(screen.getByRole('button', { name: 'I have stored the key' }));
    expect(onStored).toHaveBeenCalled();
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    renderKey(() => Promise.reject(new Error('denied')));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the key' })));
    expect(screen.getByRole('status').textContent).toBe('Could not copy: select the key and copy it by hand.');
  });
});
