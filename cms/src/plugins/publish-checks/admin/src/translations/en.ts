/**
 * The checks' wording in English (es.ts: Spanish). The server words its refusal to publish from these too, so
 * the message an editor reads on Publish matches the side panel. Messages use `{name}` placeholders
 * only (no plural syntax), which both react-intl and the server's formatter read.
 */
export const en = {
  'panel.title': 'Checks before publishing',
  'panel.checkAgain': 'Check again',
  'panel.checking': 'Checking…',
  'panel.savedDraft': 'These checks read the saved draft: save your changes, then check again.',
  'panel.blocking': 'Must be fixed before publishing',
  'panel.warnings': 'Worth a look (publishing still works)',
  'panel.none': 'No problems found.',
  'panel.failed': 'The checks could not run. Try again.',
  'panel.notSaved': 'Save the entry to check it.',
  'place.block': 'block {number}',
  'place.item': 'item {number}',
  'field.body': 'Body',
  'field.summary': 'Summary',
  'field.documents': 'Documents',
  'field.description': 'Description',
  'field.message': 'Message',
  'field.introduction': 'Introduction',
  'field.confirmationText': 'Confirmation text',
  'field.navigation': 'Navigation',
  'field.footerLinks': 'Footer links',
  'field.entry': 'Entry',
  'rule.image-missing-alt': 'the image has no alternative text ({excerpt})',
  'rule.image-alt-is-filename': 'the image’s alternative text is a file name (“{excerpt}”): describe what the image shows',
  'rule.heading-level-skipped': 'the heading “{excerpt}” is level {level}; after the heading before it, use level {expected} or higher',
  'rule.link-text-vague': 'the link text “{excerpt}” does not say where the link goes',
  'rule.link-text-bare-url': 'the link text is a web address (“{excerpt}”): say where the link goes',
  'rule.link-text-empty': 'the link to {url} has no text',
  'rule.table-missing-headers': 'a table has no header cells',
  'rule.document-link-missing-format-size': 'the link “{excerpt}” downloads a file: give its format and size, for example “({format}, 2 MB)”',
  'rule.reading-grade-too-high': 'the text reads at school grade {grade}; the city aims for grade {max} or below',
  'rule.sentence-too-long': 'a sentence has {words} words (the city aims for {max} or fewer): “{excerpt}”',
  'rule.passive-voice-share': '{percent}% of the sentences are in the passive voice (the city aims for {max}% or less)',
  'rule.summary-missing': 'there is no summary',
  'rule.summary-too-long': 'the summary has {length} characters (the city aims for {max} or fewer)',
  'rule.translation-missing': 'there is no {language} version yet',
  'refusal': 'This entry cannot be published until these accessibility problems are fixed: {problems}',
} as const;

export type MessageKey = keyof typeof en;
