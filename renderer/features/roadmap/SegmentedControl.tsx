interface SegmentedControlProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A small group of toggle buttons for a view setting (not stored data); the pressed one is the current. */
export function SegmentedControl<V extends string>({ label, value, options, onChange }: SegmentedControlProps<V>) {
  return (
    <div className="rm-segmented" role="group" aria-label={label}>
      <span className="rm-segmented-label" aria-hidden="true">{label}</span>
      {options.map((option) => (
        <button key={option.value} type="button" className="btn rm-segment" aria-pressed={option.value === value} onClick={() => onChange(option.value)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}
