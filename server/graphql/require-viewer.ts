import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from './context';
import { unauthenticated } from './errors';

/**
 * Root fields open to callers without a token: signing in. The schema (`__schema`, `__type`)
 * is for signed-in callers only; the explorer sends its token, tools have the checked-in SDL.
 */
const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename']);

/** The root field names an operation asks for, through aliases, inline fragments and fragment spreads. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Every operation needs a valid token unless it asks only for public root fields, so no data
 * leaves without one, whatever a resolver forgets. Checked once per operation, before any
 * resolver runs (a per-field middleware would wrap every scalar of every response).
 */
export const requireViewer: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.viewer || !operation) return;
        const fragments = new Map(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        if (rootFields(operation.selectionSet, fragments).some((field) => !PUBLIC_ROOT_FIELDS.has(field)))
          throw unauthenticated();
      },
    };
  },
};
