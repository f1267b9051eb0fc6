import review from './review/schema.json';

export default { review: { schema: review } };
