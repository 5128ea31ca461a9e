/** Dots as little circles: filled for used, hollow for left; the number beside it says the same in words. */
export function DotMeter({ used, total }: { used: number; total: number }) {
  const shown = Math.max(used, total);
  return (
    <span className="ideas-dot-meter" aria-hidden="true">
      {Array.from({ length: shown }, (_, index) => (
        <span key={index} className={`ideas-dot${index < used ? ' is-used' : ''}${index >= total ? ' is-over' : ''}`} />
      ))}
    </span>
  );
}
