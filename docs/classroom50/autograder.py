#!/usr/bin/env python3
"""Classroom 50 autograder for an assignment graded by this course's `dotnet grader`.

Copy to CLASSROOM/autograders/ASSIGNMENT/autograder.py in the course's classroom50 repository and set
GRADER_ASSIGNMENT below (docs/classroom50.md). Classroom 50's runner runs it once per submission, in the
student's checkout, with CLASSROOM, ASSIGNMENT, SUBMISSION_TAG, COMMIT_URL, RELEASE_URL and REVIEW_URL set
(wiki/Advanced-Autograding.md, "Contract"). It writes ./result.json (schema classroom50/result/v1), the
release body, and status=/summary= in $GITHUB_OUTPUT, and exits 0 whenever a grade was written, even 0
points; it exits 1 only when the grader could not be set up, which the runner reports as an error.
"""
import datetime
import json
import os
import pathlib
import secrets
import shutil
import subprocess
import sys
import urllib.request

# The grader's assignment id (`dotnet grader assignments` lists them); Classroom 50's slug may differ.
GRADER_ASSIGNMENT = os.environ.get("GRADER_ASSIGNMENT", "ps1-autograd")
DOTNET_CHANNEL = "10.0"
GRADING = pathlib.Path("grading")


def dotnet_with_sdk() -> str:
    """The dotnet to use: the runner's if it has a .NET 10 SDK, else one installed under RUNNER_TEMP."""
    found = shutil.which("dotnet")
    if found:
        sdks = subprocess.run([found, "--list-sdks"], capture_output=True, text=True, check=False).stdout
        if any(line.startswith(DOTNET_CHANNEL.split(".")[0] + ".") for line in sdks.splitlines()):
            return found
    root = pathlib.Path(os.environ.get("RUNNER_TEMP", "/tmp")) / "dotnet"
    script = root.parent / "dotnet-install.sh"
    urllib.request.urlretrieve("https://dot.net/v1/dotnet-install.sh", script)
    subprocess.run(["bash", str(script), "--channel", DOTNET_CHANNEL, "--install-dir", str(root)], check=True)
    return str(root / "dotnet")


def set_up_sandbox() -> None:
    """Student code runs in bubblewrap's sandbox; GitHub's Ubuntu runners need it installed and user namespaces allowed."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    if not shutil.which("bwrap"):
        subprocess.run(["sudo", "apt-get", "install", "-y", "-qq", "bubblewrap"], check=False)
    subprocess.run(["sudo", "sysctl", "-q", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"], check=False)


def grade(dotnet: str) -> int:
    """Restores and runs the grader. Workflow commands are off while it prints: its messages quote the submission."""
    # A grade committed to the repository must never pass for this run's.
    shutil.rmtree(GRADING, ignore_errors=True)
    resume = secrets.token_hex(16)
    print(f"::stop-commands::{resume}", flush=True)
    try:
        for restore in (["tool", "restore"], ["restore"]):
            if subprocess.run([dotnet, *restore], check=False).returncode != 0:
                return 1
        return subprocess.run([dotnet, "grader", "check", ".", "--assignment", GRADER_ASSIGNMENT,
                               "--json", str(GRADING / "result.json"), "--html", str(GRADING / "report.html"),
                               "--format", "classroom50", "--output", str(GRADING / "classroom50.json")], check=False).returncode
    finally:
        print(f"::{resume}::", flush=True)


def main() -> int:
    dotnet = dotnet_with_sdk()
    set_up_sandbox()
    exit_code = grade(dotnet)
    graded = GRADING / "classroom50.json"
    if not graded.is_file():
        print(f"::error::the grader wrote no grade (exit {exit_code}); see the log above", file=sys.stderr)
        return 1
    # Exit 2 (cannot grade, e.g. a file over the size limit) still wrote a 0-point grade with the reason: publish it.
    grade_part = json.loads(graded.read_text(encoding="utf-8"))
    env = os.environ
    result = {
        "schema": "classroom50/result/v1",
        "classroom": env["CLASSROOM"],
        "assignment": env["ASSIGNMENT"],
        "submission": env["SUBMISSION_TAG"],
        "commit": env["COMMIT_URL"],
        "release": env["RELEASE_URL"],
        "review": env.get("REVIEW_URL") or env["COMMIT_URL"],
        # The runner stamps owner, assignment_type, datetime and graded_at itself.
        "datetime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **{key: value for key, value in grade_part.items() if key != "schema"},
    }
    pathlib.Path("result.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    # The release body is our Markdown summary, with the exact points; the runner mirrors it to the run's summary.
    subprocess.run([dotnet, "grader", "report", str(GRADING / "result.json"), "--format", "markdown",
                    "--output", "release-body.md"], check=False)
    # A test only "passes" with every point, so the runner's own status would be red for points that wait for a TA.
    lost = [t for t in result["tests"] if t.get("status") not in ("passed", "pending")]
    pending = f", {result['pending-points']:g} pending a TA" if result.get("pending-points") else ""
    summary = f"classroom50 autograde: {result['points']:g}/{result['max-points']:g}{pending}"
    with open(env["GITHUB_OUTPUT"], "a", encoding="utf-8") as output:
        output.write(f"status={'failure' if lost else 'success'}\nsummary={summary}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
