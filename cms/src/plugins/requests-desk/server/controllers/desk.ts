import type { Core } from '@strapi/strapi';
import { actionSchema, bulkSchema, queueQuerySchema, teamUpdateSchema, type DeskMeta } from '../../contract';
import { act, actOnMany } from '../lib/actions';
import { exportCsv } from '../lib/csv';
import { dashboard } from '../lib/dashboard';
import { requestDetail } from '../lib/detail';
import { namesFor } from '../lib/names';
import { queue } from '../lib/queue';
import { scopeOf, staffName, type StaffUser } from '../lib/scope';
import { assignableStaff } from '../lib/staff';
import { team, updateMember } from '../lib/team';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
interface DeskState {
  user: StaffUser;
  userAbility: { can(action: string, subject?: unknown): boolean };
}

/** Zod issues as the desk's field errors: the field's path and a message key the page words. */
function fieldErrors(issues: { path: (string | number)[]; message: string; code: string }[]) {
  return issues.map((issue) => ({
    field: issue.path.join('.') || 'form',
    code: ['tooLong', 'url', 'reference', 'date'].includes(issue.message) ? issue.message : issue.code === 'invalid_type' && issue.message === 'Required' ? 'required' : 'invalid',
  }));
}

const badRequest = (ctx: Ctx, errors: { field: string; code: string }[]) => {
  ctx.status = 400;
  ctx.body = { errors };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scope = (ctx: Ctx) => {
    const state = ctx.state as unknown as DeskState;
    return scopeOf(strapi, state.user, state.userAbility);
  };

  return {
    async meta(ctx: Ctx) {
      const current = await scope(ctx);
      const names = await namesFor(strapi, current.language);
      const visible = (key: string) => current.divisions === null || current.divisions.includes(key);
      const body: DeskMeta = {
        me: { id: current.user.id, name: staffName(current.user) },
        supervisor: current.supervisor,
        divisions: [...names.divisions].filter(([key]) => visible(key)).map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
        services: [...names.services].map(([code, title]) => ({ code, title })).sort((a, b) => a.title.localeCompare(b.title)),
        staff: await assignableStaff(strapi, current),
      };
      ctx.body = body;
    },

    async queue(ctx: Ctx) {
      const query = queueQuerySchema.safeParse(ctx.query);
      if (!query.success) return badRequest(ctx, fieldErrors(query.error.issues));
      ctx.body = await queue(strapi, await scope(ctx), query.data);
    },

    async exportCsv(ctx: Ctx) {
      const query = queueQuerySchema.safeParse(ctx.query);
      if (!query.success) return badRequest(ctx, fieldErrors(query.error.issues));
      const current = await scope(ctx);
      ctx.set('Content-Disposition', `attachment; filename="requests-${new Date().toISOString().slice(0, 10)}.csv"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text/csv; charset=utf-8';
      // A byte-order mark so spreadsheet programs read the names' accents right.
      ctx.body = `\uFEFF${await exportCsv(strapi, current, query.data)}`;
    },

    async detail(ctx: Ctx) {
      const detail = await requestDetail(strapi, await scope(ctx), String(ctx.params.reference ?? ''));
      if (!detail) {
        ctx.status = 404;
        ctx.body = { errors: [{ field: 'reference', code: 'notFound' }] };
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.body = detail;
    },

    async act(ctx: Ctx) {
      const action = actionSchema.safeParse(ctx.request.body);
      if (!action.success) return badRequest(ctx, fieldErrors(action.error.issues));
      const refusal = await act(strapi, await scope(ctx), String(ctx.params.reference ?? ''), action.data);
      if (refusal) {
        ctx.status = refusal.errors[0]?.code === 'notFound' && refusal.errors[0]?.field === 'reference' ? 404 : 400;
        ctx.body = refusal;
        return;
      }
      ctx.body = { ok: true };
    },

    async bulk(ctx: Ctx) {
      const bulk = bulkSchema.safeParse(ctx.request.body);
      if (!bulk.success) return badRequest(ctx, fieldErrors(bulk.error.issues));
      ctx.body = await actOnMany(strapi, await scope(ctx), bulk.data);
    },

    async dashboard(ctx: Ctx) {
      ctx.body = await dashboard(strapi, await scope(ctx));
    },

    async team(ctx: Ctx) {
      ctx.body = await team(strapi);
    },

    async updateTeamMember(ctx: Ctx) {
      const update = teamUpdateSchema.safeParse(ctx.request.body);
      const userId = Number(ctx.params.userId);
      if (!update.success) return badRequest(ctx, fieldErrors(update.error.issues));
      if (!Number.isInteger(userId) || userId <= 0) return badRequest(ctx, [{ field: 'userId', code: 'notFound' }]);
      const known = new Set((await namesFor(strapi, 'en')).divisions.keys());
      const outcome = await updateMember(strapi, userId, update.data.divisions, known);
      if (outcome === 'notFound') {
        ctx.status = 404;
        ctx.body = { errors: [{ field: 'userId', code: 'notFound' }] };
        return;
      }
      if (outcome === 'unknownDivision') return badRequest(ctx, [{ field: 'divisions', code: 'notFound' }]);
      ctx.body = { ok: true };
    },
  };
};
