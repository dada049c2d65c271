// Runs the benchmarks (npm run bench).
import { runBusinessCaseBench } from "./businesscase.bench";
import { runEngineBench } from "./engine.bench";

await runEngineBench();
await runBusinessCaseBench();
