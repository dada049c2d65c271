import { useTranslation } from "react-i18next";
import type { DemoInfo } from "../../domain/accounts/dto";
import type { Role } from "../../domain/access/roles";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";
import { StatusBadge } from "../ui/StatusBadge";

interface DemoAccount {
  username: string;
  password: string;
  role: Role;
}

/** The clearly marked demo box: the fictional accounts of the demo tenant; choosing one fills the login form. */
export const DemoAccounts = ({
  info,
  onChoose,
}: {
  info: DemoInfo;
  onChoose: (account: { username: string; password: string }) => void;
}) => {
  const { t } = useTranslation();
  const accounts: DemoAccount[] = info.accounts ?? [];
  return (
    <section className="bw-demo" aria-labelledby="bw-demo-heading">
      <Heading level={2} id="bw-demo-heading">
        {t("demo.title")} <StatusBadge status="warning">{t("demo.badge")}</StatusBadge>
      </Heading>
      <Paragraph>{t("demo.intro", { tenant: info.tenant ?? t("demo.unknownTenant") })}</Paragraph>
      <DataTable<DemoAccount>
        caption={t("demo.caption")}
        rows={accounts}
        rowKey={(account) => account.username}
        columns={[
          {
            key: "username",
            header: t("demo.username"),
            render: (account) => (
              <button
                type="button"
                className="utrecht-link-button utrecht-link-button--html-button bw-demo__choose"
                onClick={() => onChoose(account)}
              >
                <span className="bw-visually-hidden">{t("demo.fillIn")} </span>
                {account.username}
              </button>
            ),
          },
          { key: "role", header: t("demo.role"), render: (account) => t(`roles.${account.role}`) },
          { key: "password", header: t("demo.password"), render: (account) => <code>{account.password}</code> },
        ]}
      />
    </section>
  );
};
