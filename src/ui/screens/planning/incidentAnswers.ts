/**
 * The order builder's list of open incidents: each with where it is, how long it has, its
 * expected response, and the team's orders that would answer it, each a button that puts the
 * action and the district in the builder.
 */
import { EMPTY_DRAFT } from '../../../store';
import type { Lang } from '../../../i18n';
import { h, type View } from '../../dom';
import { answeringOrders, expectedResponse } from '../../model/incidents';
import { actionName, districtName } from '../../text';
import type { BuilderEnv } from './builderFields';

export function incidentAnswers(L: Lang, env: BuilderEnv): View | null {
  const t = L.ui.outlook;
  const { rules, state, role } = env;
  const list = answeringOrders(rules, state, role, env.round);
  if (list.length === 0) return null;
  return h(
    'details',
    { key: 'incidents', class: 'incident-answers', open: true, 'data-testid': 'incident-answers' },
    h('summary', null, t.incidentsTitle(list.length)),
    h(
      'ul',
      { class: 'incidents' },
      list.map(({ incident: i, lead, partner }) => {
        const where = districtName(L, rules, i.district);
        return h(
          'li',
          { key: i.id, 'data-testid': 'incident-answer' },
          h(
            'p',
            { class: 'incident-line' },
            '\u26a0 ',
            h('strong', null, L.text(i.def.title)),
            h('span', { class: 'muted' }, ` \u2014 ${t.incidentWhere(where, i.turnsLeft)}`),
          ),
          h('p', { class: 'expected' }, L.msg(expectedResponse(i))),
          lead.length
            ? h(
                'div',
                { class: 'answer-picks' },
                h('span', null, t.yourAnswers),
                lead.map((a) =>
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn-small',
                      'data-testid': `answer-${a.id}-${i.district}`,
                      'aria-label': t.pickLabel(actionName(L, a.id), where),
                      onclick: () => {
                        env.setDraft({ ...EMPTY_DRAFT, action: a.id, district: i.district });
                        env.selectDistrict(i.district);
                      },
                    },
                    actionName(L, a.id),
                  ),
                ),
              )
            : h('p', { class: 'muted' }, t.noAnswer),
          partner.length
            ? h(
                'p',
                { class: 'muted' },
                t.asPartner(L.f.list(partner.map((a) => actionName(L, a.id)))),
              )
            : null,
        );
      }),
    ),
  );
}
