#!/usr/bin/env bash
# Times pyxform 4.5 (`xls2xform --skip_validate` on the generated XLSForm) against `qdsl compile` on the same
# generated instrument, as whole processes, alternating runs, and prints the ratios per size: against the form
# for data collection alone (`--target form`, what pyxform makes), and against all seven outputs (the form, four
# codebooks, DDI, SPSS and Stata; about 17 MB of output per 1,000 questions), and the whole path of a team moving
# in: `qdsl import` of the XLSForm itself, then `qdsl compile --target xform` of the imported file.
# Usage: Benchmarks/compare-pyxform.sh [SIZES] [RUNS]   e.g. Benchmarks/compare-pyxform.sh "1000 5000" 3
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${1:-"1000 5000"}
runs=${2:-3}
venv=Benchmarks/.venv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/xls2xform" ]; then
  echo "installing pyxform 4.5 into $venv ..."
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pyxform==4.5.0"
fi

swift build -c release >/dev/null 2>&1
bin=$(swift build -c release --show-bin-path)
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }

printf '%-10s %-12s %-12s %-12s %-14s %-10s %-10s %-12s %-10s %-10s\n' questions "pyxform (s)" "qdsl form" \
  "qdsl all 7" "import+xform" "ratio form" "ratio all" "ratio import" "pyxform MB" "qdsl MB"
for n in $sizes; do
  "$bin/qdsl-bench" generate "$n" -o "$work" >/dev/null
  # One Python process times every run: starting a timer process around each run would add its own start-up.
  read -r pm fm am im < <(python3 - "$runs" "$venv/bin/xls2xform" "$bin/qdsl" "$work" "$n" <<'EOF'
import statistics, subprocess, sys, time

runs, xls2xform, qdsl, work, n = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
commands = [
    [xls2xform, "--skip_validate", f"{work}/bench-{n}.md", f"{work}/bench-{n}.xml"],
    [qdsl, "compile", f"{work}/bench-{n}.qdsl", "-o", f"{work}/out", "--target", "form"],
    [qdsl, "compile", f"{work}/bench-{n}.qdsl", "-o", f"{work}/out"],
    # XLSForm -> qdsl -> XForm: two processes, timed together.
    ([qdsl, "import", f"{work}/bench-{n}.md", "-o", f"{work}/imported.qdsl"],
     [qdsl, "compile", f"{work}/imported.qdsl", "-o", f"{work}/out", "--target", "xform"]),
]
times = [[], [], [], []]
for _ in range(runs):  # alternating runs
    for i, command in enumerate(commands):
        start = time.perf_counter()
        for c in command if isinstance(command, tuple) else (command,):
            subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[i].append(time.perf_counter() - start)
print(*(statistics.median(t) for t in times))
EOF
  )
  pymem=$(peak "$venv/bin/xls2xform" --skip_validate "$work/bench-$n.md" "$work/bench-$n.xml")
  qdmem=$(peak "$bin/qdsl" compile "$work/bench-$n.qdsl" -o "$work/out")
  printf '%-10s %-12.3f %-12.3f %-12.3f %-14.3f %-10.0f %-10.0f %-12.1f %-10.0f %-10.0f\n' "$n" "$pm" "$fm" "$am" \
    "$im" "$(python3 -c "print($pm / $fm)")" "$(python3 -c "print($pm / $am)")" "$(python3 -c "print($pm / $im)")" \
    "$(python3 -c "print($pymem / 1024)")" "$(python3 -c "print($qdmem / 1024)")"
done
