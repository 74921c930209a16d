import { useEffect, useState } from 'preact/hooks';
import { CrisisResourcesPanel } from '../crisis/CrisisResourcesPanel';
import { usePracticeServices } from './services';
import type { SupportReason } from './support';

/** The shared crisis panel, for the country in the user's settings. */
export function SupportResources({ reason }: { reason: SupportReason }) {
  const services = usePracticeServices();
  const [country, setCountry] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void services.country().then((value) => live && setCountry(value));
    return () => {
      live = false;
    };
  }, [services]);
  return (
    <CrisisResourcesPanel
      country={country ?? 'auto'}
      headingLevel={3}
      variant={reason === 'crisis' ? 'triggered' : 'offered'}
    />
  );
}
