import { z } from 'zod';
import { articleSitemapResponse } from '@/lib/sitemaps';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const fileParam = z
  .string()
  .regex(/^(0|[1-9]\d{0,5})\.xml$/)
  .transform((file) => Number(file.slice(0, -'.xml'.length)));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const chunk = fileParam.safeParse((await params).file);
  const response = chunk.success ? await articleSitemapResponse(chunk.data) : null;
  return (
    response ??
    new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  );
}
