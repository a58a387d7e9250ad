/** A 0–1 score as a short bar with its number; the number carries the meaning, the bar the glance. */
export function ScoreBar({ value, label }: { value: number; label: string }) {
  const level = value >= 0.75 ? 'critical' : value >= 0.5 ? 'high' : value >= 0.25 ? 'medium' : 'low';
  return (
    <span className="scorebar">
      <span className="scorebar__track" aria-hidden="true">
        <span
          className={`scorebar__fill scorebar__fill--${level}`}
          style={{ width: `${Math.min(1, value) * 100}%` }}
        />
      </span>
      <span className="scorebar__value">{label}</span>
    </span>
  );
}
