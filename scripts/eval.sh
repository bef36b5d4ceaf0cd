#!/usr/bin/env bash
# Measures extraction against the hand-made gold annotations in ../shared/corpus: runs
# `talkgraph extract` on every post of the seed and dev corpora and scores the results with
# ../shared/tools/score-extraction. Exits non-zero below the thresholds in force:
#   seed: overall F1 >= SEED_MIN_F1 (1.0) with every relation >= SEED_MIN_REL (1.0)
#   dev:  a ratchet: overall F1 and multi_city F1 no lower than the best figures main has
#         reached, kept in scripts/eval-ratchet.json. The targets (DEV_TARGET_F1 0.85,
#         DEV_TARGET_MULTI 0.9) are reported, not enforced, until the ratchet passes them.
# `make eval RATCHET=raise` (RATCHET=raise scripts/eval.sh) raises the kept figures to what this
# run measured where it is higher; it never lowers them. Commit the file with the change.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The shared corpus sits next to the project (../shared); CORPUS and SCORER override it.
shared=""
for candidate in "$root/../shared" "$(dirname "$root")/../shared" /work/shared; do
  if [ -d "$candidate/corpus/gold" ]; then shared=$(cd "$candidate" && pwd); break; fi
done
corpus=${CORPUS:-$shared/corpus}
scorer=${SCORER:-$shared/tools/score-extraction}
out=$root/.eval
seed_min=${SEED_MIN_F1:-1.0}
seed_rel=${SEED_MIN_REL:-1.0}
ratchet_file=$root/scripts/eval-ratchet.json
dev_target=${DEV_TARGET_F1:-0.85}
dev_target_multi=${DEV_TARGET_MULTI:-0.9}

if [ -z "$shared" ] && [ -z "${CORPUS:-}" ]; then
  echo "eval: SKIPPED: no shared corpus found next to the project (../shared/corpus); set CORPUS and SCORER to measure" >&2
  exit 0
fi
if [ ! -d "$corpus/gold" ] || [ ! -f "$scorer" ]; then
  echo "eval: no corpus gold at $corpus/gold or no scorer at $scorer" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "eval: python3 is needed to run the scorer" >&2; exit 1; }

cd "$root"
go build -o bin/talkgraph .
rm -rf "$out/pred" && mkdir -p "$out/pred/seed" "$out/pred/dev" "$out/gold/seed" "$out/gold/dev"
status=0
for set in seed dev; do
  for f in "$corpus/$set"/*; do
    id=$(basename "${f%.*}")
    [ -f "$corpus/gold/$id.json" ] || continue
    cp "$corpus/gold/$id.json" "$out/gold/$set/"
    ./bin/talkgraph extract -o "$out/pred/$set" "$f" || status=1
  done
done

check() { # set min-overall min-relation min-multi
  local set=$1 json
  echo "== $set"
  python3 "$scorer" "$out/gold/$set" "$out/pred/$set"
  json=$(python3 "$scorer" --json "$out/gold/$set" "$out/pred/$set")
  python3 - "$json" "$2" "$3" "$4" "$set" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); overall_min, rel_min, multi_min, name = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
bad = []
if r["overall"][2] < overall_min - 1e-9:
    bad.append(f"overall F1 {r['overall'][2]:.3f} < {overall_min}")
for rel, (p, rc, f) in r["total"].items():
    limit = multi_min if rel == "multi_city" else rel_min
    if f < limit - 1e-9:
        bad.append(f"{rel} F1 {f:.3f} < {limit}")
if bad:
    print(f"eval: {name} below threshold: " + "; ".join(bad))
    sys.exit(1)
print(f"eval: {name} meets its thresholds")
PY
}
check seed "$seed_min" "$seed_rel" "$seed_rel" || status=1

# The dev ratchet: fail below the kept figures; report the targets; raise on request.
echo "== dev"
python3 "$scorer" "$out/gold/dev" "$out/pred/dev"
json=$(python3 "$scorer" --json "$out/gold/dev" "$out/pred/dev")
python3 - "$json" "$ratchet_file" "${RATCHET:-}" "$dev_target" "$dev_target_multi" <<'PY' || status=1
import json, sys
r = json.loads(sys.argv[1]); path, mode = sys.argv[2], sys.argv[3]
target = {"overall_f1": float(sys.argv[4]), "multi_city_f1": float(sys.argv[5])}
got = {"overall_f1": round(r["overall"][2], 3), "multi_city_f1": round(r["total"]["multi_city"][2], 3)}
with open(path) as f:
    kept = json.load(f)
bad = [f"{k} {got[k]:.3f} < {kept[k]:.3f} (the best main has reached)" for k in got if got[k] < kept[k] - 1e-9]
for k in got:
    state = "met" if got[k] >= target[k] - 1e-9 else "not yet met"
    print(f"eval: dev {k} {got[k]:.3f}; ratchet {kept[k]:.3f}; target {target[k]:.2f} {state}")
if mode == "raise":
    raised = {k: max(kept[k], got[k]) for k in kept}
    if raised != kept:
        with open(path, "w") as f:
            json.dump(raised, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"eval: ratchet raised in {path}: {raised}")
elif any(got[k] > kept[k] + 1e-9 for k in got):
    print("eval: dev is above the ratchet: run `make eval RATCHET=raise` and commit scripts/eval-ratchet.json")
if bad:
    print("eval: dev below the ratchet: " + "; ".join(bad))
    sys.exit(1)
print("eval: dev holds the ratchet")
PY
exit $status
