import type { PasswordHasher } from "../domain/accounts/repository";
import type { DatabaseHandle } from "../db/connection";

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  readonly database: DatabaseHandle;
  readonly passwords: PasswordHasher;
  readonly now: () => Date;
  readonly secureCookies: boolean;
  readonly demo: boolean;
  /** Folder with the built web app (index.html + assets); null serves only the API. */
  readonly webRoot: string | null;
}
