/** The admin forms' shared pieces: a submit button that shows the action is running, and its error. */
const BUTTON = {
  primary: 'rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60',
  secondary: 'rounded border border-stone-300 px-3 py-1 hover:border-brand disabled:opacity-60',
};

export function SubmitButton({
  pending,
  label,
  pendingLabel = label,
  variant = 'primary',
  className = '',
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  variant?: keyof typeof BUTTON;
  className?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={`${BUTTON[variant]} ${className}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}

export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="w-full rounded bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  ) : null;
}
