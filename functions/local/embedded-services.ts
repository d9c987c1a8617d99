import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface EmbeddedOptions {
  /** Folder for persistent data; in-memory DynamoDB and a temp S3 folder when absent. */
  dataDir?: string;
  s3Dir: string;
  host?: string;
  ports: { dynamodb: number; s3: number; ses: number };
  bucketName: string;
  /** Origins allowed to POST to and GET from the bucket (the site, for presigned POST). */
  corsOrigins: string[];
}

export interface EmbeddedServices {
  endpoints: { dynamodb: string; s3: string; ses: string; mailViewer: string };
  stop(): Promise<void>;
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function corsXml(origins: string[]) {
  const rules = origins
    .map(
      (
        origin,
      ) => `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod>
<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>`,
    )
    .join('');
  return `<CORSConfiguration>${rules}</CORSConfiguration>`;
}

/** dynalite, s3rver and aws-ses-v2-local on loopback: the embedded default of DESIGN.md. */
export async function startEmbeddedServices(options: EmbeddedOptions): Promise<EmbeddedServices> {
  const host = options.host ?? '127.0.0.1';
  const dynamoDir = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
  if (dynamoDir) mkdirSync(dynamoDir, { recursive: true });
  mkdirSync(options.s3Dir, { recursive: true });

  const dynamo = dynalite({
    path: dynamoDir,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  }) as Server;
  const dynamoPort = await listen(dynamo, options.ports.dynamodb, host);

  const s3 = new S3rver({
    address: host,
    port: options.ports.s3,
    directory: options.s3Dir,
    silent: true,
    configureBuckets: [{ name: options.bucketName, configs: [corsXml(options.corsOrigins)] }],
  });
  const s3Address = (await s3.run()) as AddressInfo;

  // aws-ses-v2-local is CommonJS with a default export of its own (see PITFALLS.md); Node's
  // loader nests it one level deeper than Vite's, so take whichever is the function.
  type StartSes = (config: { host: string; port: number }) => Promise<Server>;
  const sesModule = (await import('aws-ses-v2-local')) as unknown as {
    default: StartSes | { default: StartSes };
  };
  const startSes = typeof sesModule.default === 'function' ? sesModule.default : sesModule.default.default;
  const ses = await startSes({ host, port: options.ports.ses });
  const sesPort = (ses.address() as AddressInfo).port;

  const local = (port: number) => `http://${host}:${port}`;
  return {
    endpoints: {
      dynamodb: local(dynamoPort),
      s3: `http://localhost:${s3Address.port}`,
      ses: local(sesPort),
      mailViewer: `http://localhost:${sesPort}`,
    },
    async stop() {
      await Promise.all([close(dynamo), s3.close(), close(ses)]);
    },
  };
}

/** Creates the one table if it is not there yet (a second start keeps the data). */
export async function ensureTable(endpoint: string, tableName: string) {
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  } finally {
    client.destroy();
  }
}
