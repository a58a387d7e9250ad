import { useId, type ReactNode } from 'react';

/**
 * A label and its control, tied by id rather than by nesting: a label that wraps a select or a
 * text box would lend the control's current value to its accessible name ("Severidad Todos").
 */
export function Field({
  label,
  children,
  className,
}: {
  label: string;
  children: (id: string) => ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
