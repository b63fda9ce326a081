/**
 * What to record for a need written in words the census does not take ("Dyslexia", "Autism",
 * "ADHD"), where the DfE's own description of a census type of need names it: the census code and
 * the description it rests on, for a message to suggest. Never applied to the data: a suggestion
 * is only said.
 *
 * Sources: [send-cop-2015] the SEND Code of Practice's broad areas of need, which the census
 * types follow: 6.29 "ASD, including Asperger's Syndrome and Autism"; 6.31 "Specific learning
 * difficulties (SpLD), affect one or more specific aspects of learning. This encompasses a range of
 * conditions such as dyslexia, dyscalculia and dyspraxia"; 6.32 "attention deficit disorder,
 * attention deficit hyperactive disorder or attachment disorder" under social, emotional and
 * mental health. [dfe-sen-types-2018] the DfE on the census's types of need: autism is "expected
 * to be recorded under 'Autistic Spectrum Disorder'", dyslexia "under 'Specific Learning Difficulty'".
 *
 * Pure TypeScript: no Office, no DOM.
 */

/** [send-cop-2015] as messages name it (its short title in sources.ts; a test holds them equal, so the functions need not carry sources.ts). */
export const SEND_CODE_OF_PRACTICE = "SEND Code of Practice (2015)";

/** A census code to record instead, and the DfE description it rests on ("SEND Code of Practice (2015), 6.31 ..."). */
export interface NeedSuggestion {
  readonly code: string;
  readonly because: string;
}

interface SuggestionRule {
  /** Whole words (as needKey leaves text: lower case, punctuation as spaces) any one of which names the need. */
  readonly words: readonly string[];
  readonly code: string;
  readonly because: string;
}

const RULES: readonly SuggestionRule[] = [
  {
    words: ["dyslexia", "dyslexic", "dyscalculia", "dyspraxia", "dyspraxic"],
    code: "SPLD",
    because: `${SEND_CODE_OF_PRACTICE}, 6.31: specific learning difficulties (SpLD) encompass dyslexia, dyscalculia and dyspraxia`,
  },
  {
    words: ["autism", "autistic", "asc", "asperger", "aspergers"],
    code: "ASD",
    because: `${SEND_CODE_OF_PRACTICE}, 6.29: ASD includes Asperger's Syndrome and Autism`,
  },
  {
    words: ["adhd", "attachment"],
    code: "SEMH",
    because: `${SEND_CODE_OF_PRACTICE}, 6.32: attention deficit hyperactive disorder and attachment disorder are social, emotional and mental health needs`,
  },
];

/** The suggestion for a need key (lower case, words separated by single spaces), or undefined. */
export function needSuggestion(key: string): NeedSuggestion | undefined {
  const words = key.split(" ");
  for (const rule of RULES) {
    if (words.some((word) => rule.words.indexOf(word) >= 0)) return { code: rule.code, because: rule.because };
  }
  return undefined;
}
