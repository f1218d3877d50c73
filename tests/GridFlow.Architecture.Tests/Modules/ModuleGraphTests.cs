using System.Text.RegularExpressions;
using GridFlow.Architecture.Tests.Support;
using GridFlow.Testing;

namespace GridFlow.Architecture.Tests.Modules;

/// <summary>The module graph of docs/architecture.md is the one the project files make.</summary>
public sealed partial class ModuleGraphTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));

    private static Dictionary<string, SortedSet<string>> Actual { get; } = SourceProject.All.ToDictionary(
        p => Short(p.Name), p => new SortedSet<string>(p.References.Select(Short), StringComparer.Ordinal));

    [Fact]
    public void ReferenceTable_ListsEveryProjectsDirectReferences()
    {
        var table = Regex.Matches(Page, @"^\| (?<project>[\w.]+) \| (?<refs>[^|]+) \|$", RegexOptions.Multiline)
            .Where(m => m.Groups["project"].Value != "project" && Actual.ContainsKey(m.Groups["project"].Value) && !m.Groups["refs"].Value.Contains("---"))
            .ToDictionary(
                m => m.Groups["project"].Value,
                m => new SortedSet<string>(m.Groups["refs"].Value.Trim() == "—" ? [] : m.Groups["refs"].Value.Split(',', StringSplitOptions.TrimEntries), StringComparer.Ordinal));

        Assert.Equal(Actual.Keys.Order(StringComparer.Ordinal), table.Keys.Order(StringComparer.Ordinal));
        Assert.All(Actual, p => Assert.True(
            p.Value.SetEquals(table[p.Key]),
            $"{p.Key}: the page says {string.Join(", ", table[p.Key])}; the project references {string.Join(", ", p.Value)}"));
    }

    [Fact]
    public void Diagram_DrawsTheReferencesNoOtherPathImplies()
    {
        var block = Regex.Match(Page, "```mermaid\n(?<graph>.*?)```", RegexOptions.Singleline).Groups["graph"].Value;
        var labels = Label().Matches(block).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["name"].Value);
        var drawn = Edge().Matches(block)
            .Select(m => $"{labels[m.Groups["from"].Value]} --> {labels[m.Groups["to"].Value]}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Reduction().Order(StringComparer.Ordinal), drawn);
    }

    /// <summary>Every reference that no longer path between the same two projects already implies.</summary>
    private static IEnumerable<string> Reduction() =>
        from project in Actual
        from reference in project.Value
        where !Reachable(project.Key, reference, skip: (project.Key, reference))
        select $"{project.Key} --> {reference}";

    private static bool Reachable(string from, string to, (string, string) skip)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var at))
        {
            foreach (var next in Actual[at].Where(n => (at, n) != skip && seen.Add(n)))
            {
                if (next == to)
                {
                    return true;
                }

                pending.Push(next);
            }
        }

        return false;
    }

    private static string Short(string project) => project.StartsWith("GridFlow.", StringComparison.Ordinal) ? project["GridFlow.".Length..] : project;

    [GeneratedRegex(@"(?<id>\w+)\[""(?<name>[\w.]+)""\]")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(?<from>\w+)(\[""[\w.]+""\])? --> (?<to>\w+)", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
