export interface StageGroupView {
  stage: string;
  name: string;
  intro?: string;
  flags: { id: string; name: string; href: string }[];
}

/** Red flags listed under the stage of the journey where they show, each a link to its own page. */
export function StageGroups({ groups }: { groups: readonly StageGroupView[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.stage} className="stage-group">
          <h3>{group.name}</h3>
          {group.intro ? <p>{group.intro}</p> : null}
          <ul className="link-list">
            {group.flags.map((flag) => (
              <li key={flag.id}>
                <a href={flag.href}>{flag.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
