// /<page>.md: the plain-Markdown twin of each chapter (see site/markdown-twin.ts).
import { markdownTwinRoute } from '../site/markdown-twin-route';

export const { getStaticPaths, GET } = markdownTwinRoute('en');
