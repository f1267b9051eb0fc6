import deskMember from './desk-member/schema.json';

export default { 'desk-member': { schema: deskMember } };
