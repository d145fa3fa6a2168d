using System.Collections.Concurrent;
using System.Diagnostics;
using Grading.Core.Archives;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Bulk;

/// <summary>
/// Grades a class: each student's result is written (atomically) the moment it is done, their record
/// last, so a run killed at any point and started again grades only the students it had not finished,
/// plus those whose submission or assignment changed since (content keys, see <see cref="ContentHash"/>).
/// When only the scoring changed (points, tolerances: <see cref="AssignmentKeys"/>), a student's saved raw
/// outputs are scored again and nothing runs.
/// One student's broken submission is recorded as an error and never stops the others.
/// </summary>
/// <remarks>
/// One <see cref="Grader"/> serves every job: with process isolation its <c>Grade</c> is safe to call
/// from several threads (compiling, the policy and scoring share nothing mutable, and each call's
/// sections run in that call's own worker processes). In-process it is not (sections share torch's
/// global seed and the console), so an in-process run grades one student at a time.
/// </remarks>
public sealed class BulkRunner(Grader grader, string specPath, BulkLayout layout, BulkOptions options, Func<GradingResult, string> renderReport)
{
    public int Jobs => grader.Options.Isolation == IsolationMode.InProcess ? 1 : Math.Max(1, options.Jobs);

    public BulkRunSummary Run(IReadOnlyList<ClassSubmission> classList, IBulkProgress progress)
    {
        var clock = Stopwatch.StartNew();
        var mine = options.Shard.Slice(classList);
        var assignmentKeys = ContentHash.Assignment(specPath, grader.Spec.Harness, grader.Options);
        JobThreads.Reserve(Jobs);

        progress.Started(mine.Count);
        var queue = new ConcurrentQueue<ClassSubmission>(mine);
        var outcomes = new ConcurrentBag<StudentOutcome>();
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, Math.Min(Jobs, Math.Max(1, mine.Count))).Select(i => new Thread(() =>
        {
            while (failures.IsEmpty && queue.TryDequeue(out var submission))
            {
                try
                {
                    var outcome = GradeOne(submission, assignmentKeys);
                    outcomes.Add(outcome);
                    progress.Finished(outcome);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e); // the assignment itself cannot be graded: stop every job
                }
            }
        }) { Name = $"bulk-job-{i + 1}", IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.TryDequeue(out var failure)) throw failure;
        return new BulkRunSummary(outcomes.OrderBy(o => o.Record.Student.Id, StringComparer.Ordinal).ToList(), clock.Elapsed);
    }

    private StudentOutcome GradeOne(ClassSubmission submission, AssignmentKeys assignmentKeys)
    {
        var clock = Stopwatch.StartNew();
        var student = submission.Student;
        string key = submission.Refusal is { } refusal ? ContentHash.Combine("refused", refusal)
            : submission.Source is null ? "missing" : ContentHash.Combine(ContentHash.Submission(submission.Source), assignmentKeys.Run);
        if (!options.Regrade && layout.ReadRecord(student.Id) is { } saved && saved.Key == key
            && (saved.Status != StudentStatus.Graded || File.Exists(layout.ResultPath(student.Id))))
        {
            if (saved.Status != StudentStatus.Graded || saved.ScoringKey == assignmentKeys.Scoring)
            {
                // The roster's details (name, section) may have changed without the submission changing.
                if (saved.Student != student || saved.Note != submission.Note) layout.WriteRecord(saved = saved with { Student = student, Note = submission.Note });
                var savedResult = saved.Status == StudentStatus.Graded ? layout.ReadResult(student.Id) : null;
                return new StudentOutcome(saved, true, savedResult?.Score, savedResult?.MaxScore, clock.Elapsed);
            }
            if (TryRescore(saved with { Student = student, Note = submission.Note, ScoringKey = assignmentKeys.Scoring }, clock) is { } rescored) return rescored;
        }
        var record = new StudentRecord
        {
            Student = student, Status = StudentStatus.Missing, Key = key, ScoringKey = assignmentKeys.Scoring, Source = submission.Source, Note = submission.Note,
        };
        // Files refused at the class zip's extraction cost this student only: recorded with the reason, nothing runs.
        if (submission.Refusal is not null) return Save(record with { Status = StudentStatus.Error, Error = submission.Refusal }, null, clock);
        if (submission.Source is null) return Save(record, null, clock);
        try
        {
            // A student's zip is read in place by the grader (SubmissionSource), never extracted.
            var result = grader.Grade(new GradeRequest(submission.Source, student.Id)) with { Submission = Path.GetFullPath(submission.Source) };
            if (options.ReferenceTimes is { } times) result = ReferenceTimer.Attach(result, times);
            result = ManualGrading.ManualScoreMerger.Apply(result, options.Scores);
            return Save(record with { Status = StudentStatus.Graded }, result, clock);
        }
        catch (SubmissionException e)
        {
            return Save(record with { Status = StudentStatus.Error, Error = e.Message }, null, clock);
        }
        catch (Exception e) when (e is not (GradingException or Data.DataException or Assignments.AssignmentSpecException))
        {
            // A grader bug on one submission: recorded, not keyed (so the next run tries again), and the class goes on.
            return Save(record with { Status = StudentStatus.Error, Key = "", Error = $"internal error while grading (please report it): {e.GetType().Name}: {e.Message}" }, null, clock);
        }
    }

    /// <summary>
    /// Scores the saved result again under the current spec (its raw outputs are kept for this), with the
    /// TAs' scores; null when the saved result cannot be read or rescored, and the student is graded again.
    /// </summary>
    private StudentOutcome? TryRescore(StudentRecord record, Stopwatch clock)
    {
        GradingResult result;
        try
        {
            result = grader.Rescore(layout.ReadResult(record.Student.Id));
        }
        catch (Exception e) when (e is not (GradingException or Data.DataException or Assignments.AssignmentSpecException))
        {
            return null;
        }
        if (options.ReferenceTimes is { } times) result = ReferenceTimer.Attach(result, times);
        result = ManualGrading.ManualScoreMerger.Apply(result, options.Scores);
        return Save(record, result, clock) with { Rescored = true };
    }

    /// <summary>Writes the result and report, then the record: the record is the mark of a finished student.</summary>
    private StudentOutcome Save(StudentRecord record, GradingResult? result, Stopwatch clock)
    {
        string id = record.Student.Id;
        Directory.CreateDirectory(layout.StudentFolder(id));
        if (result is not null)
        {
            ResultJson.Write(result, layout.ResultPath(id));
            IO.AtomicFile.WriteAllText(layout.ReportPath(id), renderReport(result));
        }
        else
        {
            File.Delete(layout.ResultPath(id)); // a result from an earlier submission is not this one's
            File.Delete(layout.ReportPath(id));
        }
        layout.WriteRecord(record);
        return new StudentOutcome(record, false, result?.Score, result?.MaxScore, clock.Elapsed);
    }
}
