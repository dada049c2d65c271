import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsOf } from "../api/api-error";
import { useApi } from "../api/api-context";
import { fetchDemoInfo, login } from "../api/auth";
import { useApiQuery } from "../api/use-api-query";
import { useSessionControls } from "../app/session-context";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { ErrorAlert } from "../ui/ErrorAlert";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { TextField } from "../ui/TextField";
import { DemoAccounts } from "./DemoAccounts";

export type LoginNotice = "loggedOut" | "expired";

/** `/login`: username and password; in a demo deployment also the demo accounts. */
export const LoginPage = ({ notice }: { notice?: LoginNotice }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { signedIn } = useSessionControls();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const demo = useApiQuery((signal) => fetchDemoInfo(api, signal), [api]);
  const fieldErrors = fieldErrorsOf(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await login(api, { username: username.trim(), password }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <div className="bw-login">
      <div className="bw-login__form">
        <PageHeading>{t("login.title")}</PageHeading>
        {notice && (
          <Alert type="info" role="status">
            <p className="utrecht-paragraph">{t(`login.notice.${notice}`)}</p>
          </Alert>
        )}
        <Paragraph>{t("login.intro")}</Paragraph>
        {error !== null && <ErrorAlert error={error} />}
        <form className="utrecht-form" noValidate onSubmit={submit}>
          <TextField
            id="login-username"
            label={t("login.username")}
            value={username}
            onChange={setUsername}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            error={fieldErrors.username}
          />
          <TextField
            id="login-password"
            label={t("login.password")}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={fieldErrors.password}
          />
          <Button ref={submitRef} type="submit" appearance="primary" busy={busy}>
            {t("login.submit")}
          </Button>
        </form>
      </div>
      {demo.state.status === "ok" && demo.state.data.enabled && (
        <DemoAccounts
          info={demo.state.data}
          onChoose={(account) => {
            setUsername(account.username);
            setPassword(account.password);
            setError(null);
            submitRef.current?.focus();
          }}
        />
      )}
    </div>
  );
};
