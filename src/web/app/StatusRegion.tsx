import { Alert } from "../ui/Alert";
import type { StatusMessage } from "./status-context";

/**
 * The live region of the shell. It is always in the page (empty when quiet), so screen readers
 * announce a confirmation as soon as its text appears.
 */
export const StatusRegion = ({ message }: { message: StatusMessage | null }) => (
  <div role="status" aria-live="polite" className="bw-status-region">
    {message && (
      <Alert key={message.id} type={message.type}>
        <p className="utrecht-paragraph">{message.text}</p>
      </Alert>
    )}
  </div>
);
