import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}

/** A plain <button> (type="button" unless told otherwise, so it never submits a form by accident). */
export function Button({ variant = 'default', type = 'button', className, ...rest }: ButtonProps) {
  return <button {...rest} type={type} data-variant={variant} className={`tl-button ${className ?? ''}`.trim()} />;
}
