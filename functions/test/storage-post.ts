/** Does what the browser does with a presigned POST: a multipart form, fields first, the file last. */
export async function postFile(
  post: { url: string; fields: Record<string, string> },
  bytes: Uint8Array | string,
  type: string,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : Buffer.from(bytes)], { type }));
  const response = await fetch(post.url, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`storage answered ${response.status}: ${await response.text()}`);
}
