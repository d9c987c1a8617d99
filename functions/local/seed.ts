import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../src/platform/deps.js';
import { keys, type SupportingDocument } from '../src/portal/model.js';
import { demoIds, memberships, procedures } from './demo-data.js';
import { samplePdf } from './sample-pdf.js';
import { fullName, testCitizens } from './test-citizens.js';

/**
 * Puts the demo world in place once. Every write is conditional on the item being absent, so a
 * second start keeps whatever the citizen has done since.
 */
export async function seedDemoData(deps: Deps): Promise<{ created: number }> {
  const table = deps.config.TABLE_NAME;
  let created = 0;
  const putOnce = async (item: Record<string, unknown>) => {
    try {
      await deps.db.send(
        new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      created += 1;
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  };

  for (const citizen of testCitizens) {
    await putOnce({
      ...keys.profile(citizen.sub),
      citizenId: citizen.sub,
      name: fullName(citizen),
      email: citizen.email,
    });
    for (const espace of memberships[citizen.sub] ?? []) {
      await putOnce({ ...keys.membership(citizen.sub, espace.espaceId), ...espace });
    }
  }
  let documentNumber = 300;
  for (const { filed, ...procedure } of procedures) {
    await putOnce({ ...keys.procedure(procedure.procedureId), ...procedure });
    await putOnce({ ...keys.procedureInEspace(procedure.espaceId, procedure.procedureId), ...procedure });
    for (const typeId of filed) {
      const type = procedure.documentTypes.find((candidate) => candidate.typeId === typeId);
      if (!type)
        throw new Error(`Demo procedure ${procedure.reference} files ${typeId}, not one of its types`);
      documentNumber += 1;
      const documentId = demoIds.id(documentNumber);
      const fileKey = `documents/${procedure.procedureId}/${documentId}.pdf`;
      const bytes = samplePdf(type.label.en);
      const document: SupportingDocument = {
        documentId,
        procedureId: procedure.procedureId,
        typeId,
        name: type.label.en,
        status: 'filed',
        fileKey,
        contentType: 'application/pdf',
        size: bytes.byteLength,
        pages: 1,
        filedAt: new Date(Date.parse(procedure.openedAt) + 86_400_000).toISOString(),
        source: 'computer',
      };
      if (await putOnce({ ...keys.document(procedure.procedureId, documentId), ...document })) {
        await (await deps.s3()).send(
          new PutObjectCommand({
            Bucket: deps.config.BUCKET_NAME,
            Key: fileKey,
            Body: bytes,
            ContentType: 'application/pdf',
          }),
        );
      }
    }
  }
  return { created };
}
