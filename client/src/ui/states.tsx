import type { ReactNode } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type DocumentInput, type UseQueryState } from 'urql';
import { describeError } from './errors';

export function Loading({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

export function ErrorMessage({ error, words }: { error: CombinedError; words?: Partial<Record<string, string>> }) {
  return (
    <div className="state state--error" role="alert">
      {describeError(error, words)}
    </div>
  );
}

/**
 * Renders a query's data, or its loading state, or its error in words. Data that came with a
 * partial error (one field refused) is still shown: the fields are nullable for that reason.
 */
export function Loaded<T>({
  result,
  loading,
  children,
}: {
  result: UseQueryState<T>;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (result.data) return <>{children(result.data)}</>;
  if (result.error) return <ErrorMessage error={result.error} />;
  return <Loading label={loading} />;
}

/** Runs a query and renders its data, loading state or error: a screen's outer shell. */
export function QueryView<Data, Variables extends AnyVariables>({
  query,
  variables,
  loading,
  children,
}: {
  query: DocumentInput<Data, Variables>;
  variables: Variables;
  loading: string;
  children: (data: Data) => ReactNode;
}) {
  const [result] = useQuery({ query, variables });
  return (
    <Loaded result={result} loading={loading}>
      {children}
    </Loaded>
  );
}

/** What stops a form or an action, in words, announced at once; nothing when there is none. */
export function ProblemNotice({ problem, id }: { problem: string | null; id?: string }) {
  if (!problem) return null;
  return (
    <p id={id} className="notice notice--error" role="alert">
      {problem}
    </p>
  );
}
