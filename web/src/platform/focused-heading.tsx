import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A step's heading that takes the focus as it appears, so a screen reader announces the new step.
 * Give it a `key` that changes with the step (its title, the step's name): a new key is a new
 * heading, focused again, while a re-render of the same step leaves the focus where the citizen put it.
 */
export function FocusedHeading({
  level = 1,
  id,
  children,
}: {
  level?: 1 | 2;
  id?: string;
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag id={id} ref={heading} tabIndex={-1}>
      {children}
    </Tag>
  );
}
