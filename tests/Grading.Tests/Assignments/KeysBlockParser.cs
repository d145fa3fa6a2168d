using Grading.Core.Assignments;
using YamlDotNet.RepresentationModel;

namespace Grading.Tests.Assignments;

/// <summary>A harness block for the engine's own tests: it accepts the keys it is given and returns the block's values as text.</summary>
internal sealed class KeysBlockParser(string key, params string[] knownKeys) : ISpecBlockParser
{
    public string Key => key;

    public object Parse(YamlMappingNode mapping, SpecScope scope)
    {
        var reader = new YamlMappingReader(mapping, scope, knownKeys);
        return knownKeys.Where(reader.Has).ToDictionary(k => k, k => reader.RequiredText(k));
    }
}
