/** The nudge card in the form the room allows: whole, or compact when the viewport is short. */
import { useContext } from 'preact/hooks';
import { CompactNudgeCard } from './CompactNudgeCard';
import { NudgeCard, type NudgeCardProps } from './NudgeCard';
import { CompactRoom } from './room';

export function Nudge(props: NudgeCardProps) {
  return useContext(CompactRoom) ? <CompactNudgeCard {...props} /> : <NudgeCard {...props} />;
}
