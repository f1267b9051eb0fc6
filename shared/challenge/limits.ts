/**
 * Longest solved-challenge payload a submission may carry (the envelope's `challenge` field). Apart
 * from the challenge's schemas so that shared/forms can use it without bringing them into every
 * page's JavaScript: the island loads those only with its solver.
 */
export const CHALLENGE_PAYLOAD_MAX = 4000;
