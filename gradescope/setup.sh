#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu). It installs the
# .NET SDK, the course's grader tool from the course feed, and the grader's libtorch; bubblewrap sandboxes
# student code where the container allows user namespaces (the result says whether it did). Set the two
# values below (or export them) before zipping setup.sh, run_autograder and libtorch.csproj.
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
