import { SourceNote } from "./source-note";

export interface FigureView {
  id: string;
  value: string;
  label: string;
  sources: string[];
}

/** Key figures: the number first, what it counts, then where it comes from. */
export function FigureList({ figures, sourcesLabel }: { figures: readonly FigureView[]; sourcesLabel: string }) {
  return (
    <ul className="figures">
      {figures.map((figure) => (
        <li key={figure.id}>
          <p className="figure-value">{figure.value}</p>
          <p>{figure.label}</p>
          <SourceNote label={sourcesLabel} sources={figure.sources} />
        </li>
      ))}
    </ul>
  );
}
