import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, parse, visit, type DocumentNode } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from './context';
import { ErrorCode } from './errors';

/**
 * A document's identity whatever the client's formatting: urql adds `__typename` to every
 * selection and prints in its own way, codegen's manifest sorts selections; with the typenames
 * left out, both print to the same executable text.
 */
export function documentFingerprint(document: DocumentNode): string {
  const withoutTypenames = visit(document, {
    Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
  return createHash('sha256').update(printExecutableGraphQLDocument(withoutTypenames)).digest('hex');
}

/** The fingerprints of the documents in codegen's manifest (`client/src/gql/persisted-documents.json`). */
export function trustedFingerprints(manifestPath: string): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  return new Set(Object.values(manifest).map((text) => documentFingerprint(parse(text, { noLocation: true }))));
}

/**
 * With PHUXANH_TRUSTED_DOCUMENTS=only the API runs nothing but the client's own documents,
 * so a stolen session cannot be used to ask questions the product's screens never ask.
 */
export function trustedDocumentsOnly(trusted: Set<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (trusted.has(documentFingerprint(document))) return;
          throw new GraphQLError('Máy chủ này chỉ nhận các truy vấn của ứng dụng Phủ Xanh (chế độ tài liệu tin cậy).', {
            extensions: { code: ErrorCode.DOCUMENT_NOT_TRUSTED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
