export const en = {
  menu: 'Requests',
  'queue.title': 'Requests',
};
