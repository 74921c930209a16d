import { useEffect, useState } from 'preact/hooks';
import type { CategoryId } from '../../lib/engine/types';
import { parsePracticeHash, practiceHash, type PracticeRoute } from '../../lib/exercises/route';
import { t, type MessageKey } from '../../lib/i18n';
import { EXERCISE_IDS, type ExerciseId } from '../../lib/storage/notes';
import { Button, Card, Page } from '../ui';
import { BreakExercise } from './BreakExercise';
import { DrillsExercise } from './DrillsExercise';
import { LetterExercise } from './LetterExercise';
import { EXERCISE_TITLE_KEYS, NotesList } from './NotesList';
import { PatternsExercise } from './PatternsExercise';
import { usePracticeServices } from './services';
import { SupportProvider } from './support';

const ABOUT_KEYS: Record<ExerciseId, MessageKey> = {
  break: 'practice_break_about',
  drills: 'practice_drills_about',
  letter: 'letter_about',
  patterns: 'patterns_about',
};

interface Active {
  exercise: ExerciseId;
  trap?: CategoryId;
  sentence?: string;
  /** Bumped by "Practise again" to start the exercise fresh. */
  run: number;
}

/** The practice page: a choice of four exercises, the one in the address, and the notes the user kept. */
export function PracticeApp() {
  const services = usePracticeServices();
  const [active, setActive] = useState<Active | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const follow = async (route: PracticeRoute) => {
      if (route.token) {
        // The token works once; drop it from the address so it is neither kept nor reused.
        history.replaceState(null, '', practiceHash(route) || location.pathname);
      }
      const sentence = route.token ? await services.takeHandoff(route.token) : null;
      if (controller.signal.aborted) return;
      setActive((current) =>
        route.exercise
          ? {
              exercise: route.exercise,
              trap: route.trap,
              sentence: sentence ?? undefined,
              run: (current?.run ?? 0) + 1,
            }
          : null,
      );
      setReady(true);
    };
    void follow(parsePracticeHash(location.hash));
    window.addEventListener('hashchange', () => void follow(parsePracticeHash(location.hash)), {
      signal: controller.signal,
    });
    return () => controller.abort();
  }, [services]);

  const open = (exercise: ExerciseId | null, trap?: CategoryId) => {
    location.hash = practiceHash({ exercise, trap });
    if (!exercise) history.replaceState(null, '', location.pathname);
    setActive(exercise ? { exercise, trap, run: (active?.run ?? 0) + 1 } : null);
  };
  const exit = () => open(null);
  const again = () => active && setActive({ ...active, sentence: undefined, run: active.run + 1 });

  return (
    <Page title={t('practice_heading')}>
      <SupportProvider>
        {!ready ? null : active ? (
          <ActiveExercise key={active.run} active={active} onExit={exit} onAgain={again} />
        ) : (
          <Chooser onOpen={open} />
        )}
      </SupportProvider>
      <NotesList />
    </Page>
  );
}

function ActiveExercise({
  active,
  onExit,
  onAgain,
}: {
  active: Active;
  onExit: () => void;
  onAgain: () => void;
}) {
  switch (active.exercise) {
    case 'break':
      return <BreakExercise initialSentence={active.sentence} onExit={onExit} onAgain={onAgain} />;
    case 'drills':
      return <DrillsExercise focus={active.trap} onExit={onExit} onAgain={onAgain} />;
    case 'letter':
      return <LetterExercise onExit={onExit} onAgain={onAgain} />;
    case 'patterns':
      return <PatternsExercise onExit={onExit} onAgain={onAgain} />;
  }
}

function Chooser({ onOpen }: { onOpen: (exercise: ExerciseId) => void }) {
  return (
    <section aria-labelledby="choose-title" class="pk-chooser">
      <p>{t('practice_intro')}</p>
      <h2 id="choose-title">{t('practice_choose_heading')}</h2>
      <ul class="pk-chooser__list">
        {EXERCISE_IDS.map((exercise) => (
          <li key={exercise}>
            <Card tone="soft" class="pk-chooser__card">
              <h3>{t(EXERCISE_TITLE_KEYS[exercise])}</h3>
              <p>{t(ABOUT_KEYS[exercise])}</p>
              <Button
                variant="primary"
                aria-label={`${t('practice_start')}: ${t(EXERCISE_TITLE_KEYS[exercise])}`}
                onClick={() => onOpen(exercise)}
              >
                {t('practice_start')}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
