// Older articles of a busy day: the same page as /date/<day>, from a keyset cursor.
export { default, generateMetadata } from '../../page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}
