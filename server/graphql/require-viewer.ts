import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from './context';
import { passwordChangeRequired, unauthenticated } from './errors';

/**
 * Root fields open to callers without a token: signing in. The schema (`__schema`, `__type`)
 * is for signed-in callers only; the explorer sends its token, tools have the checked-in SDL.
 */
const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename']);
/** What a session may ask for while its password must be changed (an administrator reset it). */
const PASSWORD_CHANGE_ROOT_FIELDS = new Set(['me', 'changePassword', 'logout', '__typename']);

/** The root field names an operation asks for, through aliases, inline fragments and fragment spreads. */
export function rootFields(
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
 * leaves without one, whatever a resolver forgets; a session whose password must be changed
 * reaches only the fields that change it. Checked once per operation, before any
 * resolver runs (a per-field middleware would wrap every scalar of every response).
 */
export const requireViewer: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: { viewer }, operation, document }) {
        if (!operation || (viewer && !viewer.mustChangePassword)) return;
        const fragments = new Map(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        const open = viewer ? PASSWORD_CHANGE_ROOT_FIELDS : PUBLIC_ROOT_FIELDS;
        if (rootFields(operation.selectionSet, fragments).some((field) => !open.has(field)))
          throw viewer ? passwordChangeRequired() : unauthenticated();
      },
    };
  },
};
