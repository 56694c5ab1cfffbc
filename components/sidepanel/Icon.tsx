// Small inline icons (no icon font, no emoji: both are missing on many systems). Decorative only:
// every icon stands beside text that says the same, so it is hidden from assistive technology.
const PATHS = {
  globe: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 0c2.5 2.7 4 6.2 4 10s-1.5 7.3-4 10m0-20C9.5 4.7 8 8.2 8 12s1.5 7.3 4 10M2.5 9h19M2.5 15h19',
  check: 'M4 12.5 9.5 18 20 6',
  alert: 'M12 3 2 21h20L12 3Zm0 6v6m0 3v.5',
  lock: 'M6 11h12v10H6V11Zm2 0V8a4 4 0 0 1 8 0v3',
  unlock: 'M6 11h12v10H6V11Zm2 0V8a4 4 0 0 1 7.5-2',
  empty: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
