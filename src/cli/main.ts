import type { CliIo } from "./io";
import { nodeIo } from "./node-io";

const USAGE = `Gebruik: baatwijzer <opdracht>

  start                          start de webapp (http://localhost:3000)
  dev                            start API en ontwikkelserver met hot reload
  db migrate                     pas de databasemigraties toe
  audit verify [--tenant SLUG]   controleer de hashketen van het auditlog
  retention run                  pas de bewaartermijnen nu toe (gebeurt ook dagelijks)
  model evaluate BESTAND [--json]  reken een baatwijzer.model/1 door
  model validate BESTAND         controleer een model
  businesscase --cases CSV --prices CSV [--settings JSON] [--json]
                                 businesscase achteraf van beoordeelde casussen

Configuratie via PORT, HOST, BAATWIJZER_DATA_DIR, DATABASE_URL, BAATWIJZER_DEMO (zie README).`;

/** Dispatches to one file per command; returns the exit code. */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "start":
        return await (await import("./start")).runStart(io);
      case "dev":
        return await (await import("./dev")).runDev(io);
      case "db":
        return await (await import("./db")).runDbCommand(rest, io);
      case "audit":
        return await (await import("./audit")).runAuditCommand(rest, io);
      case "retention":
        return await (await import("./retention")).runRetentionCommand(rest, io);
      case "model":
        return await (await import("./model")).runModelCommand(rest, io);
      case "businesscase":
        return await (await import("./businesscase")).runBusinessCaseCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`Onbekende opdracht: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    io.stderr(`Fout: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
