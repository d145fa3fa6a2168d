#!/usr/bin/env bash
# Measures the student tool: package sizes, and the time a student's first `dotnet tool restore` and
# `dotnet restore` take from a local folder feed (no network: download time comes on top). libtorch is
# restored into an empty package folder too, as on a student's first restore. Rerunnable:
#   build/tool-package-benchmark.sh [Release|Debug]
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${1:-Release}"
template="${2:-ps1-autograd}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

start=$(date +%s.%N)
dotnet pack Grading.sln -c "$configuration" -o "$work/feed" -v quiet -nologo >/dev/null
echo "pack ($configuration, with build): $(echo "$(date +%s.%N) - $start" | bc) s"
ls -l "$work/feed" | awk 'NR > 1 { printf "  %-40s %6.1f MB\n", $9, $5 / 1e6 }'

cp -r "student-template/$template" "$work/student"
rm -rf "$work/student/bin" "$work/student/obj"
sed -i "s#https://nuget.example.edu/grading/v3/index.json#$work/feed#" "$work/student/nuget.config"
# The machine's package folder as a source too (a stand-in for nuget.org), so nothing needs the network.
dotnet nuget add source "${NUGET_PACKAGES:-$HOME/.nuget/packages}" --name machine --configfile "$work/student/nuget.config" >/dev/null
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_HOME="$work/cli-home"
cd "$work/student"
start=$(date +%s.%N); dotnet tool restore >/dev/null; echo "dotnet tool restore: $(echo "$(date +%s.%N) - $start" | bc) s"
start=$(date +%s.%N); dotnet restore >/dev/null; echo "dotnet restore (contracts, TorchSharp, MathNet, libtorch): $(echo "$(date +%s.%N) - $start" | bc) s"
echo "package folder after both: $(du -sh "$NUGET_PACKAGES" | cut -f1) ($(du -sh "$NUGET_PACKAGES/grading.tool" | cut -f1) of it the tool)"
start=$(date +%s.%N); dotnet grader check . >/dev/null; echo "first dotnet grader check . (template): $(echo "$(date +%s.%N) - $start" | bc) s"
