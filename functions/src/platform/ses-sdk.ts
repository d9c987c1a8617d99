/** The SES client and the one command the API sends, imported on first use (see s3-sdk.ts for why). */
export { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
