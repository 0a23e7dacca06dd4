import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pick, requireLanguage } from "../utils/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.text.title }, { name: "description", content: data.text.description }] : [];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params.lang);
  return {
    lang,
    text: pick(lang, {
      title: "home:meta.title",
      description: "home:meta.description",
      heading: "home:hero.heading",
      lead: "home:hero.lead",
      cta: "home:hero.cta",
    }),
  };
}

export default function Home() {
  const { lang, text } = useLoaderData<typeof loader>();
  return (
    <article className="home">
      <h1>{text.heading}</h1>
      <p className="lead">{text.lead}</p>
      <p>
        <a className="button primary" href={`/${lang}/quiz`}>
          {text.cta}
        </a>
      </p>
    </article>
  );
}
