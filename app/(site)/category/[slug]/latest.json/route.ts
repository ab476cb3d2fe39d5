import { sourceLatestResponse } from '@/lib/live';

// One source's newest headlines (lib/live.ts), expired with the source's listings.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return sourceLatestResponse((await params).slug);
}
