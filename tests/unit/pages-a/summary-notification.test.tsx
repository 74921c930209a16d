/**
 * The weekly notification's switch on the options page: `notifications` is optional, so turning it on asks the
 * browser first. Granted: saved. Refused: stays off, with a calm note. Taken back in the browser: shown off.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SummarySection } from '../../../components/options/SummarySection';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';

afterEach(cleanup);

const SWITCH = { name: /^Let me know when it's ready/ } as const;
const notificationSwitch = () => screen.getByRole<HTMLInputElement>('switch', SWITCH);

function renderSection(options: { on?: boolean; held: boolean; grant?: boolean }) {
  const save = vi.fn();
  const requestNotifications = vi.fn(() => Promise.resolve(options.grant ?? false));
  render(
    <SummarySection
      settings={{ ...DEFAULT_SETTINGS, summaryNotification: options.on ?? false }}
      save={save}
      requestNotifications={requestNotifications}
      holdsNotifications={() => Promise.resolve(options.held)}
    />,
  );
  return { save, requestNotifications };
}

test('turning it on asks the browser; granted, the choice is saved', async () => {
  const { save, requestNotifications } = renderSection({ held: false, grant: true });
  fireEvent.click(notificationSwitch());
  expect(requestNotifications).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(save).toHaveBeenCalledWith({ summaryNotification: true }));
  expect(screen.queryByRole('status')).toBeNull();
});

test('refused: nothing is saved, the switch goes back off, and a calm note says why', async () => {
  const { save } = renderSection({ held: false, grant: false });
  fireEvent.click(notificationSwitch());
  const note = await screen.findByRole('status');
  expect(note.textContent).toMatch(/didn't allow notifications, so this stays off/);
  expect(note.textContent).toMatch(/This week's summary/);
  expect(notificationSwitch().checked).toBe(false);
  expect(save).not.toHaveBeenCalled();
});

test('turned on, but the permission was taken back in the browser: shown off, with a note', async () => {
  renderSection({ on: true, held: false });
  const note = await screen.findByRole('status');
  expect(note.textContent).toMatch(/turned off in your browser/);
  expect(notificationSwitch().checked).toBe(false);
});

test('turned on and held: on, no note; turning it off saves off without asking', async () => {
  const { save, requestNotifications } = renderSection({ on: true, held: true });
  await waitFor(() => expect(notificationSwitch().checked).toBe(true));
  expect(screen.queryByRole('status')).toBeNull();
  fireEvent.click(notificationSwitch());
  expect(save).toHaveBeenCalledWith({ summaryNotification: false });
  expect(requestNotifications).not.toHaveBeenCalled();
});
