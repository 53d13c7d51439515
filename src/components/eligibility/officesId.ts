/** The id of the offices list on the eligibility page, which the answer links to. */
export const officesId = 'eligibility-offices';
