import { Message } from '@strapi/icons';

export const DeskIcon = () => <Message aria-hidden />;
