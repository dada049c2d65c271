/** The first stop for keyboard users: jumps past header and menu to the page's content. */
export const SkipLink = ({ targetId, children }: { targetId: string; children: string }) => (
  <a href={`#${targetId}`} className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
    {children}
  </a>
);
