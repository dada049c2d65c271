import type { PasswordHasher } from "../domain/accounts/repository";
import type { FieldCipher } from "../domain/households/repository";
import type { DatabaseHandle } from "../db/connection";

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  readonly database: DatabaseHandle;
  readonly passwords: PasswordHasher;
  /** Encrypts fields such as the BSN; the key never reaches the database. */
  readonly cipher: FieldCipher;
  readonly now: () => Date;
  readonly secureCookies: boolean;
  readonly demo: boolean;
  /** Folder with the built web app (index.html + assets); null serves only the API. */
  readonly webRoot: string | null;
}
