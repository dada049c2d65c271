// Runs the benchmarks (npm run bench).
import { runEngineBench } from "./engine.bench";

await runEngineBench();
