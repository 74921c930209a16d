import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Button, Card, Choices, Page, Tabs, TextField, Toggle } from '../../../components/ui';

afterEach(cleanup);

function TabsHarness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label="Sections"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { key: 'a', label: 'First' },
        { key: 'b', label: 'Second' },
        { key: 'c', label: 'Third' },
      ]}
    >
      <p>Panel {selected}</p>
    </Tabs>
  );
}

describe('design system', () => {
  test('Tabs: arrow keys, Home and End move selection and focus with a roving tabindex', () => {
    render(<TabsHarness />);
    const first = screen.getByRole('tab', { name: 'First' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Second' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Second' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel b');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Third' }).getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'First' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Second' }).getAttribute('tabindex')).toBe('-1');
  });

  test('Toggle is a labelled switch with its hint as description', () => {
    const onChange = vi.fn();
    render(<Toggle label="Sync" hint="Follows your profile" checked={false} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Sync' });
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Follows your profile',
    );
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  test('TextField ties label, hint and error to the input', () => {
    render(<TextField label="Site" hint="A name" error="Not a site" value="" />);
    const input = screen.getByLabelText('Site');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'A name',
      'Not a site',
    ]);
  });

  test('Choices is a fieldset of radios; Button never submits by accident', () => {
    const onChange = vi.fn();
    const submit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={submit}>
        <Choices
          legend="Pace"
          value="slow"
          onChange={onChange}
          choices={[
            { value: 'slow', label: 'Slow' },
            { value: 'fast', label: 'Fast', hint: 'Quicker' },
          ]}
        />
        <Button>Plain</Button>
      </form>,
    );
    expect(screen.getByRole('group', { name: 'Pace' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Fast/ }));
    expect(onChange).toHaveBeenCalledWith('fast');
    fireEvent.click(screen.getByRole('button', { name: 'Plain' }));
    expect(submit).not.toHaveBeenCalled();
  });

  test('Page has a skip link, one h1 and a main landmark; a section Card is a labelled region', () => {
    render(
      <Page title="Settings">
        <Card as="section" id="general" title="General">
          <p>Body</p>
        </Card>
      </Page>,
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'General' })).toBeTruthy();
  });
});
