import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrisisResourcesPanel } from '../../../components/crisis/CrisisResourcesPanel';
import { crisisResources } from '../../../components/crisis/source';

afterEach(cleanup);

describe('CrisisResourcesPanel', () => {
  test('a chosen country shows its helplines, the emergency number and the directory', () => {
    render(<CrisisResourcesPanel country="GB" />);
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe(
      'tel:116123',
    );
    expect(screen.getByText(/call 999/)).toBeTruthy();
    expect(screen.getByText(/Showing resources for United Kingdom/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find a helpline in another country' })).toBeTruthy();
  });

  test('auto follows the browser region; an unknown one falls back to the local emergency number', () => {
    expect(crisisResources('auto', 'en-US').country).toBe('US');
    fakeBrowser.i18n.getUILanguage = () => 'en';
    render(<CrisisResourcesPanel country="auto" headingLevel={3} variant="offered" />);
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    expect(screen.getByText(/call your local emergency number/)).toBeTruthy();
    expect(
      screen.getByText('Choose your country in Settings to see helplines near you.'),
    ).toBeTruthy();
    expect(
      screen.getByText('If things feel too heavy, you can talk with someone right now.'),
    ).toBeTruthy();
  });

  test('a text line with a keyword says what to send', () => {
    const us = crisisResources('US', 'en-US');
    const keyworded = us.lines.find((line) => line.text?.keyword);
    render(<CrisisResourcesPanel country="US" />);
    expect(keyworded).toBeDefined();
    const link = screen.getByRole('link', {
      name: `Text ${keyworded!.text!.keyword} to ${keyworded!.text!.number}`,
    });
    expect(link.getAttribute('href')).toContain(`body=${keyworded!.text!.keyword}`);
    expect(screen.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
  });
});
