using GridFlow.Testing;
using GridFlow.Workflows.Core.Validation;

namespace GridFlow.Workflows.Core.Tests.Validation;

public sealed class WorkflowFilesTests
{
    public static TheoryData<string> Files() => [.. FileNames()];

    private static IEnumerable<string> FileNames() => Directory.GetFiles(RepoPaths.Workflows, "*.json").Select(f => Path.GetFileName(f));

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_EveryWorkflowFileHasNoProblems(string file)
    {
        var problems = new WorkflowValidator().Validate(File.ReadAllText(Path.Combine(RepoPaths.Workflows, file)));

        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Files_PointAtTheSchema(string file)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Workflows, file)))!;

        Assert.Equal("./schema/workflow-definition.schema.json", (string?)json["$schema"]);
    }

    [Fact]
    public void Files_AtLeastTheTwoLifecyclesExist()
    {
        Assert.Contains("issue-lifecycle.json", FileNames());
        Assert.Contains("issue-lifecycle-strict.json", FileNames());
    }
}
