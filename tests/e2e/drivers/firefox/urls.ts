/**
 * The suite spells extension pages `chrome-extension://<id>/page.html`. In Firefox the same page is
 * `moz-extension://<uuid>/page.html`, and the driver fixes the UUID in advance, so it is the id.
 */
export const FIREFOX_EXTENSION_UUID = '5e1fc1d0-7a3b-4c2e-9f1a-6b8d2c4e0a17';
export const GECKO_ID = 'selfkind@selfkind.app';

export const toFirefoxUrl = (url: string): string =>
  url.replace(/^chrome-extension:\/\//, 'moz-extension://');

export const toSuiteUrl = (url: string): string =>
  url.replace(/^moz-extension:\/\//, 'chrome-extension://');
