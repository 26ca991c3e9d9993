// A modal dialog's focus: taken on opening, kept inside when a control in it drops it (the browser
// would leave it on <body>, where Escape and the trap no longer reach), given back on closing.
import { act, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDialogFocus } from './useFocusTrap';

function Dialog() {
  const ref = useRef<HTMLDivElement>(null);
  useDialogFocus(ref, () => ref.current?.querySelector('input') ?? null);
  return (
    <div ref={ref} role="dialog" tabIndex={-1} data-testid="dialog">
      <input aria-label="Van" />
    </div>
  );
}

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(!open)}>
        Open
      </button>
      {open && <Dialog />}
    </>
  );
}

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

describe('useDialogFocus', () => {
  it('takes the focus, takes it back from <body>, and returns it to the opener', async () => {
    const { getByRole, getByTestId } = render(<Page />);
    const opener = getByRole('button', { name: 'Open' });
    opener.focus();
    act(() => opener.click());
    expect(document.activeElement).toBe(getByRole('textbox', { name: 'Van' }));
    // A control that stops being focusable (a picker turning into its choice) drops the focus.
    act(() => (document.activeElement as HTMLElement).blur());
    expect(document.activeElement).toBe(document.body);
    await tick();
    expect(document.activeElement).toBe(getByTestId('dialog'));
    act(() => opener.click());
    await tick();
    expect(document.activeElement).toBe(opener);
  });
});
