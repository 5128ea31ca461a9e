import { lazy, Suspense, type ComponentProps } from 'react';

// The trace control carries its own dialog and queries; it is fetched the first time a table row
// or an initiative's details show it, not with the timeline, which then opens faster.
const TraceButton = lazy(() => import('../trace/TraceButton').then((module) => ({ default: module.TraceButton })));

/** The shared "where did this come from, what did it lead to?" button, loaded when first shown. */
export function LazyTraceButton(props: ComponentProps<typeof TraceButton>) {
  return (
    <Suspense fallback={null}>
      <TraceButton {...props} />
    </Suspense>
  );
}
