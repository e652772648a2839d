#!/usr/bin/env bash
# Side-by-side timing of Aura's TDA engine and the C++ tools on the same machine and the same files:
#   - Ripser 1.2.1 (Debian package `ripser`), the reference C++ Vietoris-Rips implementation;
#   - GUDHI 3.7.1 (Debian package `python3-gudhi`): Hera's exact Wasserstein and bottleneck distances.
# The inputs are written by `aura-node tda bench --write-inputs` (uniform clouds in unit cubes from fixed seeds,
# and the H1 diagrams of the 1000- and 2000-point clouds). Each command runs as its own process N times;
# the script reports the best and median wall time and the peak resident memory (max RSS) of each tool, and
# checks that Aura's barcodes equal Ripser's (to the 32-bit floats Ripser computes in).
# Usage: scripts/bench-tda-vs-cpp.sh [N]     (needs target/aura-node.jar: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/aura-node.jar
py=/usr/bin/python3
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
command -v ripser >/dev/null || { echo "needs Ripser: apt-get install ripser" >&2; exit 2; }
"$py" -c 'import gudhi.hera' 2>/dev/null || { echo "needs GUDHI: apt-get install python3-gudhi" >&2; exit 2; }
dir=$(mktemp -d /tmp/tda-bench-XXXXXX)
trap 'rm -rf "$dir"' EXIT
java -jar "$jar" tda bench --write-inputs "$dir" >/dev/null

echo "## Whole processes, same files: best / median wall time of $runs runs, peak RSS"
"$py" - "$dir" "$runs" "$jar" <<'PY'
import os, subprocess, sys, time
d, runs, jar = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def run(cmd, out=None):
    walls, rss = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        text = p.stdout.read()
        _, status, usage = os.wait4(p.pid, 0)
        walls.append((time.perf_counter() - t) * 1000)
        rss = max(rss, usage.ru_maxrss)
        if status != 0:
            sys.exit(f"{' '.join(cmd)} failed")
    walls.sort()
    return walls[0], walls[len(walls) // 2], rss / 1024, text.decode()

def bars(text):
    """Bars per dimension, sorted; a missing death is infinite."""
    dims, current = [], None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("persistence intervals"):
            current = []
            dims.append(current)
        elif line.startswith("[") and current is not None:
            b, e = line[1:-1].split(",")
            current.append((float(b), float(e) if e.strip() else float("inf")))
    return [sorted(d) for d in dims]

def agree(x, y):
    """Ripser computes in 32-bit floats, Aura in 64-bit: equal up to the last printed digit."""
    close = lambda u, v: u == v or abs(u - v) <= 2e-5 * max(abs(u), abs(v))
    return len(x) == len(y) and all(len(p) == len(q) and all(close(a, c) and close(b, d)
               for (a, b), (c, d) in zip(p, q)) for p, q in zip(x, y))

print(f"{'case':<28} {'tool':<8} {'best ms':>9} {'median ms':>10} {'max RSS MiB':>12}  barcode")
for name, dim in [("cube-1000-r3", 1), ("cube-2000-r3", 1), ("cube-500-r3", 2), ("cube-50-r8", 1)]:
    f = os.path.join(d, name + ".csv")
    label = f"{name} H0..H{dim}"
    rb, rm, rr, rout = run(["ripser", "--format", "point-cloud", "--dim", str(dim), f])
    ab, am, ar, aout = run(["java", "-jar", jar, "tda", "rips", f, "--dim", str(dim)])
    same = "same bars as Ripser" if agree(bars(rout), bars(aout)) else "DIFFERS from Ripser"
    print(f"{label:<28} {'ripser':<8} {rb:9.1f} {rm:10.1f} {rr:12.1f}")
    print(f"{label:<28} {'aura':<8} {ab:9.1f} {am:10.1f} {ar:12.1f}  {same}")
PY

echo
echo "## In-process, after warm-up: Hera (GUDHI, C++) through Python, best / median of $runs runs"
"$py" - "$dir" "$runs" <<'PY'
import sys, time
import numpy as np
import gudhi.hera as hera
d, runs = sys.argv[1], int(sys.argv[2])
load = lambda f: np.array([[float(x) for x in l.split()] for l in open(f) if l.strip()])
a, b = load(d + "/h1-cube-1000-r3.txt"), load(d + "/h1-cube-2000-r3.txt")
def timed(label, f):
    f()
    walls = []
    for _ in range(runs):
        t = time.perf_counter(); value = f(); walls.append((time.perf_counter() - t) * 1000)
    walls.sort()
    print(f"{label:<44} best {walls[0]:9.3f} ms, median {walls[len(walls)//2]:9.3f} ms -> {value!r}")
print(f"H1 diagrams: {len(a)} and {len(b)} points")
inf = float("inf")
timed("hera W2, delta=0.01 (1% relative error)", lambda: hera.wasserstein_distance(a, b, order=2, internal_p=inf, delta=0.01))
timed("hera W2, delta=1e-6 (near exact)", lambda: hera.wasserstein_distance(a, b, order=2, internal_p=inf, delta=1e-6))
timed("hera bottleneck, exact (delta=0)", lambda: hera.bottleneck_distance(a, b, 0))
timed("hera bottleneck, delta=0.01", lambda: hera.bottleneck_distance(a, b, 0.01))
PY

echo
echo "## In-process, after warm-up: Aura (java -jar $jar tda bench --runs $runs --warmup 3)"
java -jar "$jar" tda bench --runs "$runs" --warmup 3
