import checks from './checks';

export default { checks };
