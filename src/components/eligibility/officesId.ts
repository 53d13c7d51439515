/** The id of the offices list on the eligibility page, which the answer links to. */
export const officesId = 'eligibility-offices';

/** The id of the offices inside the answer (towns, hours, next opening), which its steps link to. */
export const answerOfficesId = 'eligibility-answer-offices';
