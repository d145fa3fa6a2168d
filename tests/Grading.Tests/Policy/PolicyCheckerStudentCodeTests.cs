using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>
/// Correct, varied student code passes the default allow-list untouched: whatever a course exercise
/// plausibly writes in plain C#, MathNet.Numerics and TorchSharp.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerStudentCodeTests
{
    private static readonly (string Name, string Body, string Members)[] Cases =
    [
        ("LINQ", """
            var ys = new[] { 3.0, 1.0, 2.0 };
            var top = ys.Select((y, i) => (y, i)).OrderByDescending(p => p.y).Take(2).Select(p => p.i).ToList();
            var evens = (from i in Enumerable.Range(0, 10) where i % 2 == 0 select i * i).Sum() + ys.Average() + ys.Zip(ys, (a, b) => a * b).Max();
            var groups = ys.GroupBy(y => y > 1.5).ToDictionary(g => g.Key, g => g.Count());
            """, ""),
        ("loops and float32", """
            float acc = 0f;
            for (int i = 0; i < 10; i++) { acc += MathF.Sqrt(i) * 0.5f; }
            var arr = new float[4];
            foreach (var v in arr) acc -= v;
            while (acc > 100f) acc /= 2f;
            var clipped = Math.Clamp(acc, -1f, 1f) + (float)Math.Exp(-1.0) + float.Epsilon;
            """, ""),
        ("MathNet linear algebra and statistics", """
            var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 3 } });
            var b = Vector<double>.Build.Dense(new[] { 1.0, 2.0 });
            var x = a.Solve(b) + a.QR().Solve(b) + a.Svd().Solve(b);
            var s = a.Svd().S.Sum() + a.QR().R[0, 0] + (a * a.Transpose() + 0.5 * a).Inverse()[1, 1] + a.Column(0).DotProduct(b);
            var mean = MathNet.Numerics.Statistics.Statistics.Mean(new[] { 1.0, 2.0 }) + MathNet.Numerics.Statistics.ArrayStatistics.Variance(new[] { 1.0, 2.0 });
            var draw = new MathNet.Numerics.Distributions.Normal(0, 1, new Random(options.Seed)).Sample();
            var ones = MathNet.Numerics.LinearAlgebra.Double.DenseMatrix.OfColumnVectors(b, b).PointwiseMultiply(a).ToRowMajorArray();
            """, ""),
        ("TorchSharp tensors and autograd", """
            var t = torch.tensor(new float[] { 1, 2, 3 });
            var w = torch.randn(3, 1, requires_grad: true);
            var y = t.reshape(1, 3).matmul(w);
            var z = torch.mm(t.reshape(1, 3), w);
            var loss = (y * 2 + z - 1).pow(2).mean();
            loss.backward();
            using (torch.no_grad()) { w.sub_(w.grad! * 0.1); }
            w.grad!.zero_();
            var r = torch.nn.functional.relu(t) + torch.matmul(t, t) + t[0];
            float value = loss.item<float>();
            var values = t.data<float>().ToArray();
            torch.manual_seed(options.Seed);
            """, ""),
        ("TorchSharp nn, optim and a no_grad scope", """
            var model = new Mlp();
            var optimizer = torch.optim.SGD(model.parameters(), 0.01);
            var loss = torch.nn.functional.mse_loss(model.forward(torch.randn(4, 7)), torch.zeros(4, 1));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            using var _ = torch.no_grad();
            var sequential = torch.nn.Sequential(torch.nn.Linear(7, 1), torch.nn.ReLU());
            var adam = torch.optim.Adam(sequential.parameters(), 0.001);
            """, """
            }

            internal sealed class Mlp : torch.nn.Module<torch.Tensor, torch.Tensor>
            {
                private readonly TorchSharp.Modules.Linear _first = torch.nn.Linear(7, 16);
                private readonly TorchSharp.Modules.ReLU _relu = torch.nn.ReLU();
                private readonly TorchSharp.Modules.Linear _second = torch.nn.Linear(16, 1);

                public Mlp() : base(nameof(Mlp)) => RegisterComponents();

                public override torch.Tensor forward(torch.Tensor x) => _second.forward(_relu.forward(_first.forward(x)));
            """),
        ("TorchSharp DataLoader", """
            using var dataset = torch.utils.data.TensorDataset(torch.randn(8, 7), torch.randn(8, 1));
            using var loader = torch.utils.data.DataLoader(dataset, 4, shuffle: true, seed: options.Seed);
            foreach (var batch in loader)
            {
                using var scope = torch.NewDisposeScope();
                var rows = batch[0].shape[0];
            }
            """, ""),
        ("printing and formatting", """
            Console.WriteLine($"Epoch {1}: loss {0.5:F4}");
            Console.Write(string.Format("{0:0.00}", Math.Round(2.345, 2)));
            var text = new System.Text.StringBuilder().Append(1.5).AppendLine().AppendJoin(", ", new[] { 1, 2 }).ToString();
            Console.WriteLine(1.5.ToString(System.Globalization.CultureInfo.InvariantCulture) + text + double.Parse("2.5", System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine(string.Join(" ", Enumerable.Range(0, 3)).PadLeft(10) + $"{DateTime.Now:HH:mm}");
            """, ""),
        ("tuples, records, local functions and lambdas", """
            var (lo, hi) = (0.0, 1.0);
            var p = new Point(1, 2) with { Y = 3 };
            var (px, py) = p;
            double Square(double v) => v * v;
            Func<double, double> twice = v => 2 * v;
            var total = Square(lo) + twice(hi) + px + py + (p == new Point(1, 3) ? 1 : 0);
            Console.WriteLine(p);
            """, """
            }

            internal sealed record Point(double X, double Y)
            {
            """),
        ("collections", """
            var list = new System.Collections.Generic.List<double> { 1, 2 };
            var dict = new System.Collections.Generic.Dictionary<string, int> { ["a"] = 1 };
            var set = new System.Collections.Generic.HashSet<int>(Enumerable.Range(0, 5));
            var queue = new System.Collections.Generic.Queue<int>();
            queue.Enqueue(1);
            foreach (var (key, value) in dict) list.Add(value + key.Length);
            var tail = list.ToArray()[1..];
            list.Sort();
            var sorted = new System.Collections.Generic.SortedDictionary<int, string> { { 1, "one" } };
            """, ""),
        ("Stopwatch and a seeded Random", """
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rng = new Random(options.Seed);
            var shuffled = Enumerable.Range(0, 10).OrderBy(_ => rng.Next()).ToArray();
            rng.Shuffle(shuffled);
            var ms = clock.Elapsed.TotalMilliseconds + rng.NextDouble();
            """, ""),
        ("exceptions and spans", """
            try { throw new InvalidOperationException("x"); }
            catch (Exception e) when (e.Message.Length > 0) { Console.WriteLine(e.Message); }
            Span<double> buffer = stackalloc double[4];
            buffer.Fill(1);
            ReadOnlySpan<double> view = buffer[1..];
            var sum = 0.0;
            foreach (var v in view) sum += v;
            ArgumentOutOfRangeException.ThrowIfNegative(sum);
            """, ""),
    ];

    private static IEnumerable<TestCaseData> StudentCode() =>
        Cases.Select(c => new TestCaseData(c.Body, c.Members).SetName($"Check_CorrectStudentCode_IsNotBlocked({c.Name})"));

    [TestCaseSource(nameof(StudentCode))]
    public void Check_CorrectStudentCode_IsNotBlocked(string body, string members)
    {
        var report = Check(("Section12.cs", Section12With(body, members)));

        Assert.That(report.ForSection(Section12Contract).Select(v => v.Message), Is.Empty);
        Assert.That(report.IsEmpty, Is.True);
    }
}
