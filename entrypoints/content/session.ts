/**
 * One session per field: waits for a pause in typing (or blur), never analyses during IME
 * composition, keeps one incremental analyzer, and keeps findings in step with edits between
 * analyses. It knows nothing about drawing: the conductor has the overlay draw what `onChange` reports.
 */
import { detached } from '@/lib/engine/detached';
import type { Analysis, Analyzer, Finding, KindFinding } from '@/lib/engine/types';
import type { FieldAdapter } from './adapters/types';
import { diffTexts, remapAll } from './remap';
import { analyzeInSlices, SLICE_THRESHOLD } from './slices';

export type CrisisLevel = 'clear' | 'possible';

/** The engine says how sure a crisis is; an engine that does not say means a clear one. */
export function crisisLevelOf(analysis: Analysis): CrisisLevel {
  return (analysis as Analysis & { crisisLevel?: CrisisLevel }).crisisLevel ?? 'clear';
}

/** A finding plus the exact text it was found in, to re-check before applying a suggestion. */
export interface TrackedFinding extends Finding {
  /** `text.slice(start, end)` when analysed. */
  flagged: string;
  /** `text.slice(sentenceStart, sentenceEnd)` when analysed. */
  sentence: string;
}

export interface SessionOptions {
  pauseDelayMs: number;
  createAnalyzer: () => Analyzer;
  /** After each analysis or remap; `fresh` is true right after an analysis. */
  onChange(session: FieldSession, fresh: boolean, analysis: Analysis | null): void;
  /** The user changed the text (the controller closes an open card). */
  onEdit(session: FieldSession): void;
}

export class FieldSession {
  private tracked: TrackedFinding[] = [];
  private kinds: KindFinding[] = [];
  crisis = false;
  /** How sure the crisis is: 'clear' opens the calm card by itself, 'possible' only changes the leaf. */
  crisisLevel: CrisisLevel | null = null;
  /**
   * True when the latest analysis followed an edit the user made (trusted input). Only such analyses
   * may open a card by themselves or be counted; a text change the page made only moves highlights.
   */
  byUser = false;
  /** Main-thread time of the last analysis, in ms (for the bench). */
  lastAnalysisMs = 0;
  private analyzer: Analyzer;
  private text: string;
  /** The field changed since `text` was read: it is read again (and findings remapped) only when needed. */
  private stale = false;
  private analysedText: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private editedSinceAnalysis = false;
  private userEditedSinceAnalysis = false;
  private running: AbortController | null = null;
  private readonly lifetime = new AbortController();

  constructor(
    readonly adapter: FieldAdapter,
    private readonly options: SessionOptions,
  ) {
    this.analyzer = options.createAnalyzer();
    this.text = adapter.getText();
  }

  get element(): HTMLElement {
    return this.adapter.element;
  }

  /** The findings, placed in the field's current text. */
  get findings(): TrackedFinding[] {
    this.catchUp();
    return this.tracked;
  }

  /** Kind self-talk found, placed in the field's current text. */
  get kind(): KindFinding[] {
    this.catchUp();
    return this.kinds;
  }

  /** The field's current text. */
  get currentText(): string {
    this.catchUp();
    return this.text;
  }

  /**
   * The text changed (typed, pasted, deleted, undone): analyse after the pause. The field's text is not read
   * here: reading a long field's value and diffing it on every keystroke made typing in it cost. Findings are
   * remapped when something next asks for them (the overlay does so once typing pauses). `byUser` is false
   * when no trusted input was behind the change (the page set the text).
   */
  handleInput(composing = false, byUser = true): void {
    if (byUser) this.userEditedSinceAnalysis = true;
    this.stale = true;
    this.options.onEdit(this);
    // Marks drawn for the old text must go; the overlay redraws (and measures nothing while keys go down).
    if (this.tracked.length > 0 || this.kinds.length > 0) this.options.onChange(this, false, null);
    if (composing || this.composing) return;
    this.schedule();
  }

  /**
   * The user was typing before this session began (while the engine loaded), `msAgo` at the latest: their text is
   * theirs, and it waits for the same pause as any other typing.
   */
  resumeTyping(msAgo: number): void {
    this.userEditedSinceAnalysis = true;
    this.schedule(Math.max(0, this.options.pauseDelayMs - msAgo));
  }

  handleCompositionStart(): void {
    this.composing = true;
    clearTimeout(this.timer);
  }

  handleCompositionEnd(byUser = true): void {
    this.composing = false;
    this.handleInput(false, byUser);
  }

  handleBlur(): void {
    if (this.composing) return;
    clearTimeout(this.timer);
    void this.analyzeNow();
  }

  /** Analyse the text (if it changed since the last analysis); long first texts go in slices. */
  async analyzeNow(): Promise<void> {
    clearTimeout(this.timer);
    if (this.lifetime.signal.aborted) return;
    this.remapToCurrentText();
    const text = this.text;
    // Unchanged since the last analysis, and no edit in between moved or dropped its findings.
    if (text === this.analysedText && !this.editedSinceAnalysis) return;
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    const started = performance.now();
    // A first look at existing text, or a big paste, is analysed in slices between idle moments.
    const edit = diffTexts(this.analysedText ?? '', text);
    const big = edit !== null && edit.newEnd - edit.start > SLICE_THRESHOLD;
    const analysis = big
      ? await analyzeInSlices(this.analyzer, text, run.signal, edit.start)
      : this.analyzer.update(text);
    if (!analysis || run.signal.aborted || this.lifetime.signal.aborted) return;
    if (!big) this.lastAnalysisMs = performance.now() - started;
    this.running = null;
    // The user may have typed while slices ran: those edits are remapped on top.
    this.analysedText = text;
    this.editedSinceAnalysis = false;
    this.byUser = this.userEditedSinceAnalysis;
    this.userEditedSinceAnalysis = false;
    this.tracked = analysis.findings.map((finding) => ({
      ...finding,
      // Copies, not views: a view would keep this whole version of the field's text alive.
      flagged: detached(text.slice(finding.start, finding.end)),
      sentence: detached(text.slice(finding.sentenceStart, finding.sentenceEnd)),
    }));
    this.kinds = analysis.kind;
    this.crisis = analysis.crisis;
    this.crisisLevel = analysis.crisis ? crisisLevelOf(analysis) : null;
    const latest = this.adapter.getText();
    if (latest !== text) {
      this.text = text;
      this.remapToCurrentText();
      this.schedule();
    }
    this.options.onChange(this, true, analysis);
  }

  /** Start over with a fresh analyzer (settings changed). */
  reset(createAnalyzer: () => Analyzer): void {
    this.analyzer = createAnalyzer();
    this.analysedText = null;
    this.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.abort();
    this.lifetime.abort();
    this.adapter.dispose();
  }

  private schedule(delay = this.options.pauseDelayMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyzeNow(), delay);
  }

  /** Reads the field's text if it changed since last read, and moves the findings through the edit. */
  private catchUp(): void {
    if (this.stale) this.remapToCurrentText();
  }

  private remapToCurrentText(): void {
    this.stale = false;
    const next = this.adapter.getText();
    const edit = diffTexts(this.text, next);
    this.text = next;
    if (!edit) return;
    this.editedSinceAnalysis = true;
    this.tracked = remapAll(this.tracked, edit);
    this.kinds = remapAll(
      this.kinds.map((k) => ({ ...k, sentenceStart: k.start, sentenceEnd: k.end })),
      edit,
    ).map(({ sentenceStart: _s, sentenceEnd: _e, ...k }) => k);
  }
}
