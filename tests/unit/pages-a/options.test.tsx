import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/schema';
import { getSettings, updateSettings } from '../../../lib/storage/settings';
import { exportData } from '../../../lib/storage/data-transfer';
import { CategoriesSection } from '../../../components/options/CategoriesSection';
import { DataSection, type DataActions } from '../../../components/options/DataSection';
import { dataActions } from '../../../components/options/data-actions';
import { GeneralSection } from '../../../components/options/GeneralSection';
import { SitesSection } from '../../../components/options/SitesSection';
import { App as OptionsApp } from '../../../entrypoints/options/App';

afterEach(cleanup);

function fileOf(text: string): File {
  return new File([text], 'data.json', { type: 'application/json' });
}

describe('options sections', () => {
  test('sensitivity choices explain themselves and save the choice', () => {
    const save = vi.fn();
    render(<GeneralSection settings={DEFAULT_SETTINGS} save={save} />);
    expect(screen.getByText(/Only the harshest words/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Thorough/ }));
    expect(save).toHaveBeenCalledWith({ sensitivity: 'thorough' });
  });

  test('each trap has its human name and description; switching off keeps the fixed order', () => {
    const save = vi.fn();
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledCategories: ['should'] };
    render(<CategoriesSection settings={settings} save={save} />);
    expect(screen.getAllByRole('switch')).toHaveLength(12);
    fireEvent.click(screen.getByRole('switch', { name: /^Name-calling/ }));
    expect(save).toHaveBeenCalledWith({ disabledCategories: ['labeling', 'should'] });
    fireEvent.click(screen.getByRole('switch', { name: /^Should statements/ }));
    expect(save).toHaveBeenLastCalledWith({ disabledCategories: [] });
  });

  test('sites: a clear error for bad or duplicate input, nothing saved; a pasted address is cleaned', () => {
    const save = vi.fn();
    render(
      <SitesSection settings={{ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }} save={save} />,
    );
    const field = screen.getByLabelText('Add a site');
    const add = screen.getByRole('button', { name: 'Keep quiet here' });
    fireEvent.click(add);
    expect(screen.getByRole('alert').textContent).toBe('Type a site name first.');
    fireEvent.input(field, { target: { value: 'A.Example' } });
    fireEvent.click(add);
    expect(screen.getByRole('alert').textContent).toBe('a.example is already on the list.');
    expect(save).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'https://B.example.net/path' } });
    fireEvent.click(add);
    expect(save).toHaveBeenCalledWith({ disabledSites: ['a.example', 'b.example.net'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    expect(save).toHaveBeenLastCalledWith({ disabledSites: [] });
  });
});

describe('DataSection', () => {
  function actions(overrides: Partial<DataActions> = {}): DataActions {
    return {
      exportData: vi.fn(() => Promise.resolve({ format: 'x' })),
      importData: vi.fn(() => Promise.resolve(true)),
      deleteAll: vi.fn(() => Promise.resolve()),
      ...overrides,
    };
  }

  test('a file that is not JSON is refused calmly without calling import', async () => {
    const fake = actions();
    render(<DataSection actions={fake} />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [fileOf('not json at all')] } });
    await screen.findByText(
      "That file doesn't look like a Selfkind export, so nothing was changed.",
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(fake.importData).not.toHaveBeenCalled();
  });

  test('delete asks first, moves focus to the confirmation, and can be kept', async () => {
    const fake = actions();
    render(<DataSection actions={fake} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const confirm = await screen.findByRole('button', { name: 'Yes, delete everything' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(fake.deleteAll).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Delete everything…' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/Everything was deleted\./);
    expect(fake.deleteAll).toHaveBeenCalledTimes(1);
  });

  test('export hands a JSON blob to an <a download>', async () => {
    const createObjectURL = vi.fn(() => 'blob:selfkind/1');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    render(<DataSection actions={actions()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    await screen.findByText('Your file is downloading.');
    expect(clicked[0]).toMatch(/^selfkind-data-\d{4}-\d\d-\d\d\.json$/);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});

describe('data actions (real storage)', () => {
  test('a round trip restores; a bad document changes nothing', async () => {
    await updateSettings({ sensitivity: 'gentle', disabledSites: ['x.example'] });
    const exported = await exportData();
    await updateSettings({ sensitivity: 'thorough' });
    expect(await dataActions.importData({ ...exported, settings: { sensitivity: 'loud' } })).toBe(
      false,
    );
    expect((await getSettings()).sensitivity).toBe('thorough');
    expect(await dataActions.importData(JSON.parse(JSON.stringify(exported)))).toBe(true);
    expect(await getSettings()).toMatchObject({
      sensitivity: 'gentle',
      disabledSites: ['x.example'],
    });
    await dataActions.deleteAll();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('options page', () => {
  test('a change saves at once and says "Saved" politely', async () => {
    render(<OptionsApp />);
    const gentle = await screen.findByRole('radio', { name: /^Gentle/ });
    fireEvent.click(gentle);
    await waitFor(async () => expect((await getSettings()).sensitivity).toBe('gentle'));
    const status = await screen.findByText('Saved');
    expect(status.getAttribute('aria-live')).toBe('polite');
    // A change made elsewhere shows here too.
    await updateSettings({ sensitivity: 'thorough' });
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: /^Thorough/ }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
  });
});
