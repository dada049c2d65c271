// Runs the benchmarks (npm run bench), or only the named ones (npm run bench -- what-if).
import { runBusinessCaseBench } from "./businesscase.bench";
import { runEngineBench } from "./engine.bench";
import { runWhatIfBench } from "./what-if.bench";

const benches: Record<string, () => Promise<void>> = { engine: runEngineBench, "what-if": runWhatIfBench, businesscase: runBusinessCaseBench };
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(benches).join(", ")}`);
for (const [name, run] of Object.entries(benches)) if (chosen.length === 0 || chosen.includes(name)) await run();
