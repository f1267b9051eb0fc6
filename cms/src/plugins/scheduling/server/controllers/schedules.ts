import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ZodError } from 'zod';
import { createScheduleSchema, listQuerySchema, SCHEDULABLE_UIDS, type ScheduleError, type ScheduleList } from '../../contract';
import { clockNow } from '../../../../lib/clock';
import { cancelSchedule, cityTimeZone, createSchedule, findSchedule, listSchedules, retrySchedule } from '../lib/schedules';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
interface AdminState {
  user: { id: number };
  userAbility: { can(action: string, subject?: unknown): boolean };
}

const PUBLISH = 'plugin::content-manager.explorer.publish';

/** The schedulable types this admin user may publish: scheduling is publishing later. */
const publishable = (ctx: Ctx) => {
  const { userAbility } = ctx.state as unknown as AdminState;
  return SCHEDULABLE_UIDS.filter((uid) => userAbility.can(PUBLISH, uid));
};

function refuse(ctx: Ctx, body: ScheduleError): void {
  ctx.status = 400;
  ctx.body = body;
}

const fieldErrors = (error: ZodError): ScheduleError => ({
  errors: error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'body'), code: issue.code === 'invalid_type' ? 'required' : 'invalid' })),
});

const idOf = (ctx: Ctx) => {
  const id = Number((ctx.params as { id?: string }).id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new errors.NotFoundError('Schedule not found');
  return id;
};

/** A schedule the user may act on: one of a type they may publish. */
async function ownSchedule(strapi: Core.Strapi, ctx: Ctx) {
  const schedule = await findSchedule(strapi, idOf(ctx));
  if (!schedule || !(publishable(ctx) as readonly string[]).includes(schedule.targetUid)) throw new errors.NotFoundError('Schedule not found');
  return schedule;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /schedules: every schedule (the Scheduled page), or one entry's in one language (the side panel). */
  async list(ctx: Ctx) {
    const parsed = listQuerySchema.safeParse(ctx.query);
    if (!parsed.success) return refuse(ctx, fieldErrors(parsed.error));
    const allowed = publishable(ctx);
    const uids = parsed.data.uid ? allowed.filter((uid) => uid === parsed.data.uid) : allowed;
    const now = clockNow();
    ctx.body = {
      timeZone: await cityTimeZone(strapi),
      schedules: await listSchedules(strapi, { uids, documentId: parsed.data.documentId, locale: parsed.data.locale }, now),
    } satisfies ScheduleList;
  },

  /** POST /schedules: publish or unpublish an entry at a time on the city's clock. */
  async create(ctx: Ctx) {
    const parsed = createScheduleSchema.safeParse(ctx.request.body);
    if (!parsed.success) return refuse(ctx, fieldErrors(parsed.error));
    if (!(publishable(ctx) as readonly string[]).includes(parsed.data.uid)) throw new errors.ForbiddenError();
    const { user } = ctx.state as unknown as AdminState;
    const outcome = await createSchedule(strapi, parsed.data, user.id, clockNow());
    if (!outcome.ok) return refuse(ctx, { errors: outcome.errors });
    ctx.status = 201;
    ctx.body = outcome.schedule;
  },

  /** DELETE /schedules/:id: cancels a schedule that has not run (409 when it has). */
  async cancel(ctx: Ctx) {
    const schedule = await ownSchedule(strapi, ctx);
    if (!(await cancelSchedule(strapi, schedule.id))) throw new errors.ApplicationError('This schedule has already run.');
    ctx.status = 204;
  },

  /** POST /schedules/:id/retry: a schedule that gave up is tried again at once. */
  async retry(ctx: Ctx) {
    const schedule = await ownSchedule(strapi, ctx);
    if (!(await retrySchedule(strapi, schedule.id, clockNow()))) throw new errors.ApplicationError('Only a failed schedule can be tried again.');
    ctx.status = 204;
  },
});
