using NUnit.Framework;

// Grading tests share the process-wide console and TorchSharp state: run fixtures one at a time.
[assembly: NonParallelizable]
