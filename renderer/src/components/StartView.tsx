// The opening view on an empty canvas: the letter's structure at a glance (its three IPS priorities,
// the most connected actors), example questions that run in one click, the whole network as a
// readable overview, and help. It leaves as soon as anything is on the canvas.
import { useEffect, useState } from 'react';
import type { NodeSummary } from '../../../shared/contract';
import { NODE_KIND_INFO } from '../../../shared/ontology';
import { ts, type StartStringKey } from '../i18n/startStrings';
import { openNode } from '../state/actions';
import { openLens } from '../state/canvasActions';
import { askQuestion, loadKeyActors, showOverview, type Question } from '../state/startActions';
import { useAtlas } from '../state/store';
import { HelpButton } from './HelpPanel';
import { KindIcon } from './KindIcon';
import './start.css';

/** How many key actors the view offers: enough to show the letter's cast, few enough to read. */
export const KEY_ACTOR_COUNT = 8;

/** The example questions, each with what it runs; their nodes are found by search, not by id. */
export const QUESTIONS: readonly (readonly [StartStringKey, Question])[] = [
  ['qEuropolGermany', { type: 'path', from: 'Europol', to: 'Duitsland' }],
  [
    'qTraffickingInstruments',
    { type: 'pattern', subjectKinds: ['instrument'], relationKinds: ['targets'], object: 'mensenhandel' },
  ],
  ['qLiaisons', { type: 'node', term: 'liaison officers' }],
  ['qBorderRegions', { type: 'lens', priority: 2 }],
];

function useKeyActors(): readonly NodeSummary[] | null {
  const [actors, setActors] = useState<readonly NodeSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    loadKeyActors(KEY_ACTOR_COUNT).then(
      (found) => live && setActors(found),
      // Without actors the view still teaches; the rest of it does not depend on them.
      () => live && setActors([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return actors;
}

export function StartView() {
  const empty = useAtlas((s) => s.nodes.size === 0);
  return empty ? <StartContent /> : null;
}

function StartContent() {
  const language = useAtlas((s) => s.language);
  const lenses = useAtlas((s) => s.lenses);
  const actors = useKeyActors();
  const say = (key: StartStringKey): string => ts(language, key);
  return (
    <section className="start-view" aria-labelledby="start-title" data-testid="start-view">
      <header className="start-head">
        <h2 id="start-title">{say('startTitle')}</h2>
        <HelpButton testId="start-help" />
      </header>
      <p className="start-intro">{say('startIntro')}</p>
      <div className="start-grid">
        <section aria-labelledby="start-priorities">
          <h3 id="start-priorities">{say('prioritiesHeading')}</h3>
          <p className="start-hint">{say('prioritiesHint')}</p>
          <ol className="start-list" data-testid="start-priorities">
            {lenses.map((lens) => (
              <li key={lens.id}>
                <button type="button" className="start-item" onClick={() => void openLens(lens.id)}>
                  <KindIcon kind={lens.kind} /> {lens.label[language]}
                </button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="start-actors">
          <h3 id="start-actors">{say('actorsHeading')}</h3>
          <p className="start-hint">{say('actorsHint')}</p>
          {actors === null ? (
            <p className="start-hint">{say('loadingActors')}</p>
          ) : (
            <ul className="start-list start-actors" data-testid="start-actors">
              {actors.map((actor) => (
                <li key={actor.id}>
                  <button
                    type="button"
                    className="start-item"
                    data-node-id={actor.id}
                    title={NODE_KIND_INFO[actor.kind].label[language]}
                    onClick={() => void openNode(actor.id)}
                  >
                    <KindIcon kind={actor.kind} /> <bdi>{actor.label[language]}</bdi>{' '}
                    <span className="start-count">{ts(language, 'actorRelations', actor.degree)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="start-questions">
          <h3 id="start-questions">{say('questionsHeading')}</h3>
          <p className="start-hint">{say('questionsHint')}</p>
          <ul className="start-list" data-testid="start-questions">
            {QUESTIONS.map(([key, question]) => (
              <li key={key}>
                <button type="button" className="start-item" onClick={() => void askQuestion(question)}>
                  {say(key)}
                </button>
              </li>
            ))}
          </ul>
          <h3>{say('overviewHeading')}</h3>
          <p className="start-hint">{say('overviewHint')}</p>
          <button type="button" className="start-primary" onClick={() => void showOverview()}>
            {say('showEverything')}
          </button>
        </section>
      </div>
    </section>
  );
}
