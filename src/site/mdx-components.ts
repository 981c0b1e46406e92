// Components every chapter can use without importing them.
import AtAGlance from '../components/AtAGlance.astro';
import Callout from '../components/Callout.astro';

export const mdxComponents = { AtAGlance, Callout };
