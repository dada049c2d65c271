"""numpy peer of the Baatwijzer engine's Monte Carlo (bench/engine.bench.ts).

Protocol (one JSON object per line): the first line on stdin is {"model": <baatwijzer.model/1>}; the peer answers
{"numpy": version, "deterministicNpv": …}. Every further line "run" makes it compute the same Monte Carlo summary
the engine computes (NPV and BCR mean, P5/P50/P95 with numpy's default linear percentiles = type 7, P(NPV > 0)) with
idiomatic vectorised numpy, and answer {"wallMs", "cpuMs", "result"}. Staying alive lets the bench alternate
engine and numpy runs, so both see the same load on a shared machine.

Timed, as on the TypeScript side: compiling expressions and line weights, sampling every uncertain parameter
(numpy's PCG64 Generator), evaluating all lines over all draws, and summarising. Not timed: interpreter start-up,
`import numpy` and JSON parsing (reported separately as process time by the caller).
"""

import ast
import json
import sys
import time
from functools import reduce

import numpy as np

_BINARY = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide, ast.Pow: np.power}


def compile_expression(value):
    """Parses a model expression with Python's own parser after mapping ^ to ** (same precedence and
    associativity: -2**2 == -4, 2**3**2 == 512); only numbers, names, + - * / ^, unary minus, min and max pass."""
    if isinstance(value, (int, float)):
        return ast.Constant(float(value))
    tree = ast.parse(value.replace("^", "**"), mode="eval").body
    for node in ast.walk(tree):
        ok = isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Call, ast.Load, ast.USub)) or type(node) in _BINARY
        if not ok or (isinstance(node, ast.Call) and node.func.id not in ("min", "max")):
            raise ValueError(f"unsupported expression: {value}")
    return tree


def evaluate(node, env):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.UnaryOp):
        return np.negative(evaluate(node.operand, env))
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
    combine = np.minimum if node.func.id == "min" else np.maximum
    return reduce(combine, [evaluate(arg, env) for arg in node.args])


def sample(u, n, rng):
    dist = u["dist"]
    if dist == "uniform":
        return rng.uniform(u["min"], u["max"], n)
    if dist == "triangular":
        return rng.triangular(u["min"], u["mode"], u["max"], n)
    if dist == "pert":
        lo, mode, hi = u["min"], u["mode"], u["max"]
        a = 1 + 4 * (mode - lo) / (hi - lo)
        b = 1 + 4 * (hi - mode) / (hi - lo)
        return lo + (hi - lo) * rng.beta(a, b, n)
    # normal, truncated by vectorised rejection when bounds are given
    x = rng.normal(u["mean"], u["sd"], n)
    lo, hi = u.get("min", -np.inf), u.get("max", np.inf)
    bad = (x < lo) | (x > hi)
    while bad.any():
        x[bad] = rng.normal(u["mean"], u["sd"], int(bad.sum()))
        bad = (x < lo) | (x > hi)
    return x


def discount_factors(model):
    horizon = model["horizon"]
    rate = model.get("discountRate", 0.0225)
    shift = 1 if model.get("firstYearDiscounted", False) else 0
    if isinstance(rate, (int, float)):
        return (1.0 + rate) ** -(np.arange(horizon) + shift)
    r = np.asarray(rate, dtype=float)
    if not shift:
        r = r.copy()
        r[0] = 0.0
    return 1.0 / np.cumprod(1.0 + r)


def line_weights(model, df):
    """(expression, is_cost, pv_weight) per line, as in the engine's compileModel."""
    horizon = model["horizon"]
    lines = []
    for c in model.get("costs", []):
        w = np.zeros(horizon)
        w[c["years"]] = 1 + c.get("optimismBias", 0)
        lines.append((compile_expression(c["amount"]), True, float(w @ df)))
    for b in model.get("benefits", []):
        start = b.get("startYear", 0)
        end = min(horizon, start + b.get("duration", horizon - start))
        t = np.arange(start, end)
        retained = (1 - b.get("deadweight", 0)) * (1 - b.get("displacement", 0)) * (1 - b.get("attribution", 0)) * (1 - b.get("optimismBias", 0))
        w = np.zeros(horizon)
        w[start:end] = retained * (1 - b.get("dropOff", 0)) ** (t - start)
        expression = ast.BinOp(compile_expression(b["quantity"]), ast.Mult(), compile_expression(b["unitValue"]))
        lines.append((expression, False, float(w @ df)))
    return lines


def deterministic_npv(model):
    df = discount_factors(model)
    env = {name: p["value"] for name, p in model.get("parameters", {}).items()}
    return sum((-1 if is_cost else 1) * evaluate(e, env) * w for e, is_cost, w in line_weights(model, df))


def monte_carlo(model):
    draws, seed = model["monteCarlo"]["draws"], model["monteCarlo"]["seed"]
    rng = np.random.default_rng(seed)
    lines = line_weights(model, discount_factors(model))
    env = {}
    for name, p in model.get("parameters", {}).items():
        env[name] = sample(p["uncertainty"], draws, rng) if "uncertainty" in p else p["value"]
    benefits = np.zeros(draws)
    costs = np.zeros(draws)
    for expression, is_cost, weight in lines:
        target = costs if is_cost else benefits
        target += evaluate(expression, env) * weight
    npv = benefits - costs
    bcr = benefits / costs
    summary = lambda x: dict(zip(("mean", "p5", "p50", "p95"), [float(np.mean(x)), *map(float, np.percentile(x, [5, 50, 95]))]))
    return {"npv": summary(npv), "bcr": summary(bcr), "probabilityPositiveNpv": float(np.mean(npv > 0))}


def main():
    model = json.loads(sys.stdin.readline())["model"]
    print(json.dumps({"numpy": np.__version__, "deterministicNpv": float(deterministic_npv(model))}), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        wall, cpu = time.perf_counter(), time.process_time()
        result = monte_carlo(model)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(json.dumps({"wallMs": wall * 1000, "cpuMs": cpu * 1000, "result": result}), flush=True)


if __name__ == "__main__":
    main()
