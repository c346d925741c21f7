#!/usr/bin/env bash
# Benchmark: the time of a sign-up with a 1 MB hostile email address ("a@" + dots + "@"), next to
# a normal sign-up, over HTTP on a freshly built portal; and what the old pattern
# "[^@\s]+@[^@\s]+\.[^@\s]+" cost on the same kind of address. A measurement to read, not a test.
# Starts its own portal on port ${BENCH_PORT:-8181} with an empty embedded database and stops it.
# Usage: bench/hostile-email.sh [sign-ups of each kind, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh

runs="${1:-5}"
port="${BENCH_PORT:-8181}"
work="$(mktemp -d)"
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap stop EXIT

[ -f portal-web/target/portal.war ] || mvn -B -q -DskipTests package

# ---- the old pattern, on growing addresses (its cost grows with the square of the length)
cat > "$work/OldPattern.java" <<'JAVA'
import java.util.regex.Pattern;

public class OldPattern {
    public static void main(String[] args) {
        Pattern old = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        old.matcher("a@" + ".".repeat(2_000) + "@").matches(); // warm-up
        double last = 0;
        int lastDots = 0;
        for (int dots : new int[] {4_000, 8_000, 16_000}) {
            String hostile = "a@" + ".".repeat(dots) + "@";
            long start = System.nanoTime();
            boolean matched = old.matcher(hostile).matches();
            last = (System.nanoTime() - start) / 1e9;
            lastDots = dots;
            System.out.printf("old pattern, %,d dots: %.2f s (matched: %b)%n", dots, last, matched);
        }
        double megabyte = last * Math.pow(1_000_000.0 / lastDots, 2);
        System.out.printf("old pattern, 1,000,000 dots (extrapolated, quadratic): about %,.0f s (%.1f hours)%n", megabyte, megabyte / 3600);
    }
}
JAVA
java "$work/OldPattern.java"
echo

# ---- the portal
start_portal signup.xhtml

form() { # the sign-up form as the page sends it, with the given (already URL-encoded) address
    printf 'signup=signup&signup%%3AfullName=Bench+Mark&signup%%3Aemail=%s&signup%%3Apassword=lanterns+over+the+harbor' "$1"
    printf '&signup%%3Aname=Town&signup%%3Aregion=OR&signup%%3Acountry=US&signup%%3Apopulation=100'
    printf '&signup%%3ApositionTitle=Clerk&signup%%3ApositionType=CAO&signup%%3Asubmit=&jakarta.faces.ViewState=stateless'
}
sign_up() { # posts the form in file $1, prints the seconds it took; fails unless the page says $2
    local seconds
    seconds=$(curl -s -o "$work/answer.html" -w '%{time_total}' -H "Origin: http://127.0.0.1:$port" \
        -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$1" "http://127.0.0.1:$port/signup.xhtml")
    grep -q "$2" "$work/answer.html" || { echo "unexpected answer for $1" >&2; exit 1; }
    echo "$seconds"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

{ printf 'a%%40'; head -c 1000000 /dev/zero | tr '\0' '.'; printf '%%40'; } > "$work/address"
form "$(cat "$work/address")" > "$work/hostile.form"
echo "hostile form: $(wc -c < "$work/hostile.form") bytes"

sign_up "$work/hostile.form" "Enter an email address like" > /dev/null   # warm-up
form "warm-up%40bench.example.org" > "$work/normal.form"; sign_up "$work/normal.form" "Check your email" > /dev/null

: > "$work/normal.times"; : > "$work/hostile.times"
for i in $(seq "$runs"); do
    form "bench-$i-$RANDOM%40bench.example.org" > "$work/normal.form"
    sign_up "$work/normal.form" "Check your email" >> "$work/normal.times"
    sign_up "$work/hostile.form" "Enter an email address like" >> "$work/hostile.times"
done
normal=$(median < "$work/normal.times")
hostile=$(median < "$work/hostile.times")
echo "normal sign-up (account made, password hashed):     median ${normal} s of $runs"
echo "1 MB hostile address (refused with the usual message): median ${hostile} s of $runs"
awk -v h="$hostile" -v n="$normal" 'BEGIN { printf "hostile / normal: %.2f\n", h / n }'
