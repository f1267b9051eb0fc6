import { Calendar } from '@strapi/icons';

/** The menu's icon for the due list; the menu link's label names it. */
export const ReviewIcon = () => <Calendar aria-hidden />;
