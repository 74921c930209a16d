// The package ships types that its "exports" map hides from TypeScript's bundler resolution.
declare module 'dom-accessibility-api' {
  interface Options {
    getComputedStyle?: (element: Element, pseudoElement?: string) => CSSStyleDeclaration;
  }
  export function computeAccessibleName(element: Element, options?: Options): string;
  export function getRole(element: Element): string | null;
  export function isInaccessible(element: Element, options?: Options): boolean;
}
