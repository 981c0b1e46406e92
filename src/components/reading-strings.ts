// Reader-visible strings of the "before this page" note and the reading paths, for translation.
export const READING = {
  before: 'Before this page',
  none: 'Nothing: this page starts from scratch.',
  howToRead: 'How to read this book',
  pathsLink: 'three reading paths',
  tableCaption: 'Every page with its prerequisites, in reading order',
  colPage: 'Page',
  colFirst: 'Read first',
  unknown: (page: string, url: string) => `${page}: the prerequisite ${url} is not a page of the book`,
};
