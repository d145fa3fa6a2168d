#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu). It installs the
# .NET SDK, the course's grader tool from the course feed, and the grader's libtorch; bubblewrap sandboxes
# student code where the container allows user namespaces (the result says whether it did). Set the two
# values below (or export them), and the assignment in autograder.conf, before zipping setup.sh, run_autograder,
# autograder.conf and libtorch.csproj.
set -euo pipefail

GRADER_FEED="${GRADER_FEED:-https://nuget.example.edu/grading/v3/index.json}"
GRADER_VERSION="${GRADER_VERSION:-0.1.0}"
SOURCE="$(cd "$(dirname "$0")" && pwd)"

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl ca-certificates libicu-dev bubblewrap

# .NET 10 SDK, system-wide (the grader is a framework-dependent .NET tool).
curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
export DOTNET_ROOT=/usr/share/dotnet DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The grader, where run_autograder looks for it.
dotnet tool install Grading.Tool --version "$GRADER_VERSION" --tool-path "$SOURCE/tools" --add-source "$GRADER_FEED"

# libtorch into the NuGet package folder, where the grader loads it from (it is not in the tool package).
dotnet restore "$SOURCE/libtorch.csproj"

# The assignment run_autograder grades: the build fails here, not at the first submission, when autograder.conf
# names none or one this grader does not have.
ASSIGNMENT=$(sed -n 's/^[[:space:]]*assignment[[:space:]]*=[[:space:]]*//p' "$SOURCE/autograder.conf" | tail -n 1 | tr -d '[:space:]')
if [ -z "$ASSIGNMENT" ] || ! "$SOURCE/tools/grader" assignments | awk '{print $1}' | grep -xF "$ASSIGNMENT" > /dev/null; then
  echo "setup.sh: autograder.conf must name one of these assignments (assignment=<id>), not '$ASSIGNMENT':" >&2
  "$SOURCE/tools/grader" assignments >&2
  exit 1
fi
