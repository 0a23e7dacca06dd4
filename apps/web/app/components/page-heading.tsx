/** A page's one h1 and its opening paragraph. */
export function PageHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
    </>
  );
}
