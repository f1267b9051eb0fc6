import { Clock } from '@strapi/icons';

export const ScheduleIcon = () => <Clock aria-hidden />;
