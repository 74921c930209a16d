import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { cx } from './classes';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface Look {
  variant?: ButtonVariant;
  small?: boolean;
}

export type ButtonProps = Look & ButtonHTMLAttributes<HTMLButtonElement>;

function lookClass({ variant = 'secondary', small }: Look, extra?: unknown): string {
  return cx(
    'sk-button',
    `sk-button--${variant}`,
    small && 'sk-button--small',
    typeof extra === 'string' && extra,
  );
}

/** A button with a 44px target; `type="button"` unless told otherwise so it never submits by accident. */
export function Button({ variant, small, class: className, type, ...rest }: ButtonProps) {
  return (
    <button type={type ?? 'button'} class={lookClass({ variant, small }, className)} {...rest} />
  );
}

export type ButtonLinkProps = Look & AnchorHTMLAttributes<HTMLAnchorElement>;

/** A link that looks like a button (for navigation: new tabs, downloads). */
export function ButtonLink({ variant, small, class: className, ...rest }: ButtonLinkProps) {
  return <a class={lookClass({ variant, small }, className)} {...rest} />;
}

export type IconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** The accessible name; also shown as a tooltip. */
  label: string;
  children: ComponentChildren;
};

export function IconButton({ label, children, class: className, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      class={cx('sk-button', 'sk-button--quiet', 'sk-icon-button', className as string)}
      {...rest}
    >
      {children}
    </button>
  );
}
