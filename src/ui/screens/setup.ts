/** Set-up: seed, team names, and who plays each role. */
import { POLICY_IDS } from '../../engine';
import type { Seat } from '../../store';
import { defaultTeamName, say } from '../../store';
import { filePicker, h, type View } from '../dom';
import { roleBadge } from '../components/entry';
import { saveProblemPanel } from '../components/problems';
import type { ScreenContext } from '../context';
import { languagePicker } from './frame';

export function setupScreen(ctx: ScreenContext): View {
  const { session, s, L } = ctx;
  const t = L.ui.setup;
  const setup = s.setup!;
  const rules = setup.rules;
  const sc = setup.scenario;
  const refused = ctx.local.setupError?.setup === setup ? ctx.local.setupError.problem : null;
  const saveInput = filePicker({
    accept: '.json,application/json',
    id: 'setup-save-file',
    class: 'sr-only',
    tabindex: '-1',
    'aria-hidden': 'true',
    'data-testid': 'setup-import-save-input',
    onchange: (ev: Event) => ctx.readFileInput(ev.target as HTMLInputElement, 'save'),
  });

  const seatRow = (roleId: string) => {
    const role = rules.role(roleId);
    const seat: Seat = setup.seats[roleId] ?? {
      kind: 'team',
      name: defaultTeamName(L, rules, roleId),
    };
    const value = seat.kind === 'team' ? 'team' : seat.policy;
    return h(
      'div',
      { key: roleId, class: 'seat', role: 'group', 'aria-labelledby': `seat-${roleId}-name` },
      h(
        'div',
        { class: 'seat-role' },
        roleBadge(L, rules, roleId, { large: true }),
        h(
          'div',
          null,
          h('strong', { id: `seat-${roleId}-name` }, L.text(role.name)),
          h('span', { class: 'muted' }, t.apPerTurn(role.actionPoints)),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, t.playedBy),
        h(
          'select',
          {
            id: `seat-${roleId}-kind`,
            'data-testid': `seat-${roleId}`,
            value,
            onchange: (ev: Event) => {
              const v = (ev.target as HTMLSelectElement).value;
              session.setSeat(
                roleId,
                v === 'team'
                  ? { kind: 'team', name: defaultTeamName(L, rules, roleId) }
                  : { kind: 'policy', policy: v as Extract<Seat, { kind: 'policy' }>['policy'] },
              );
            },
          },
          h('option', { value: 'team' }, t.aTeam),
          POLICY_IDS.map((p) =>
            h('option', { value: p }, t.policies[p as keyof typeof t.policies] ?? p),
          ),
        ),
      ),
      seat.kind === 'team'
        ? h(
            'label',
            { class: 'field' },
            h('span', null, t.teamName),
            h('input', {
              type: 'text',
              id: `seat-${roleId}-team`,
              'data-testid': `team-${roleId}`,
              value: seat.name,
              maxlength: '40',
              oninput: (ev: Event) =>
                session.setSeat(roleId, {
                  kind: 'team',
                  name: (ev.target as HTMLInputElement).value,
                }),
            }),
          )
        : h('p', { class: 'field muted' }, t.computerPlays),
    );
  };

  const objectives = sc.learningObjectives.map((o) => L.text(o));
  return h(
    'div',
    { class: 'screen screen-setup' },
    h(
      'header',
      { class: 'topbar', role: 'banner' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25c8'),
        'Mandate',
      ),
      h('div', { class: 'tools' }, languagePickerCompact(ctx)),
    ),
    h(
      'main',
      { class: 'setup', id: 'main' },
      h(
        'section',
        { class: 'panel setup-intro', 'aria-labelledby': 'screen-title' },
        h('p', { class: 'eyebrow' }, t.eyebrow),
        h('h1', { id: 'screen-title', tabindex: '-1' }, L.text(sc.title)),
        h('p', { class: 'lede' }, L.text(sc.summary)),
        h(
          'details',
          { class: 'setting' },
          h('summary', null, t.readSetting),
          h('p', null, L.text(sc.setting)),
        ),
        objectives.length
          ? h(
              'div',
              { class: 'objectives' },
              h('h4', null, t.objectives),
              h(
                'ul',
                null,
                objectives.map((o) => h('li', null, o)),
              ),
            )
          : null,
        setup.warnings.length
          ? h(
              'details',
              null,
              h('summary', null, t.warnings(setup.warnings.length)),
              h(
                'ul',
                null,
                setup.warnings.map((w) =>
                  h('li', null, h('code', { class: 'path' }, w.path), ' ', w.message),
                ),
              ),
            )
          : null,
      ),
      h(
        'form',
        {
          class: 'panel setup-form',
          'aria-label': t.formLabel,
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            const problem = session.startGame();
            if (problem) {
              ctx.local.setupError = { setup, problem };
              ctx.rerender();
            }
          },
        },
        h('h2', null, t.whoPlays),
        h('p', { class: 'muted' }, t.whoPlaysHelp),
        h(
          'div',
          { class: 'seats' },
          sc.roles.map((r) => seatRow(r.id)),
        ),
        h('h2', null, t.seedTitle),
        h(
          'div',
          { class: 'seed-row' },
          h(
            'label',
            { class: 'field' },
            h('span', null, t.seedLabel),
            h('input', {
              type: 'text',
              id: 'seed',
              'data-testid': 'seed',
              value: setup.seed,
              maxlength: '80',
              oninput: (ev: Event) => session.setSeed((ev.target as HTMLInputElement).value),
            }),
          ),
          h(
            'button',
            { type: 'button', class: 'btn', id: 'new-seed', onclick: () => session.newSeed() },
            `\u21bb ${t.newSeed}`,
          ),
        ),
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            id: 'facilitator-toggle',
            checked: s.facilitator,
            onchange: (ev: Event) =>
              session.toggleFacilitator((ev.target as HTMLInputElement).checked),
          }),
          h('span', null, t.facilitatorView),
        ),
        h(
          'label',
          { class: 'field setup-pin', for: 'setup-pin' },
          h('span', null, t.pinLabel),
          // Masked: the set-up is often on the projector while the facilitator types.
          h('input', {
            type: 'password',
            id: 'setup-pin',
            'data-testid': 'setup-pin',
            inputmode: 'numeric',
            autocomplete: 'new-password',
            maxlength: '12',
            value: setup.pin,
            'aria-describedby': 'setup-pin-help',
            oninput: (ev: Event) => session.setSetupPin((ev.target as HTMLInputElement).value),
          }),
          h('span', { class: 'hint', id: 'setup-pin-help' }, t.pinHelp),
        ),
        s.saveProblem
          ? saveProblemPanel(L, s.saveProblem, () => session.dismissSaveProblem())
          : null,
        s.autosave && s.autosave.turn
          ? h(
              'p',
              { class: 'replace-note' },
              t.replacesSave(L.text(s.autosave.title ?? undefined), s.autosave.turn),
            )
          : null,
        h(
          'p',
          { class: 'form-error', role: 'alert', 'data-testid': 'setup-error' },
          refused ? say(L, refused) : null,
        ),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-quiet',
              id: 'setup-back',
              onclick: () => session.exitToStart(),
            },
            L.ui.common.back,
          ),
          h(
            'button',
            {
              type: 'submit',
              class: 'btn btn-primary',
              id: 'start-game',
              'data-testid': 'start-game',
            },
            t.start,
          ),
        ),
        h(
          'p',
          { class: 'muted setup-resume' },
          `${t.orContinue} `,
          saveInput.input,
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small',
              id: 'setup-open-save',
              onclick: saveInput.open,
            },
            L.ui.common.openSaveFile,
          ),
        ),
      ),
    ),
  );
}

function languagePickerCompact(ctx: ScreenContext): View {
  return languagePicker(ctx, { id: 'language-switch', testid: 'language-switch', compact: true });
}
