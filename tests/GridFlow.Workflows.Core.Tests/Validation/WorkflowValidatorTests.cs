using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Core.Validation;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Validation;

public sealed class WorkflowValidatorTests
{
    private readonly WorkflowValidator validator = new();

    /// <summary>start → check (ok|no); ok → closed → end; no → end.</summary>
    private static JsonObject Valid() => Definition(
        [
            Activity("start", "Start"),
            Task("check", "ok", "no"),
            Activity("closed", "SetStatus", new { status = "closed" }),
            Activity("end", "End"),
        ],
        "start.done->check", "check.ok->closed", "check.no->end", "closed.done->end");

    private static JsonArray Activities(JsonObject definition) => definition["root"]!["activities"]!.AsArray();

    private static JsonArray Connections(JsonObject definition) => definition["root"]!["connections"]!.AsArray();

    private WorkflowProblem Single(JsonObject definition)
    {
        var problems = validator.Validate(definition);
        return Assert.Single(problems);
    }

    private void AssertProblem(JsonObject definition, string pointer, string messagePart)
    {
        var problems = validator.Validate(definition);
        Assert.Contains(problems, p => p.Pointer == pointer && p.Message.Contains(messagePart, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Validate_ValidDefinitionHasNoProblems() => Assert.Empty(validator.Validate(Valid()));

    [Fact]
    public void Validate_NotJsonIsAProblemAtTheRoot() =>
        Assert.Equal("", Assert.Single(validator.Validate("{ not json")).Pointer);

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Validate_ADefinitionThatIsNotAnObjectIsAProblemAtTheRoot(string json) =>
        Assert.Equal("", Assert.Single(validator.Validate(JsonNode.Parse(json))).Pointer);

    [Fact]
    public void Validate_SchemaViolationUnknownTopLevelProperty()
    {
        var d = Valid();
        d["colour"] = "red";

        var problem = Single(d);

        Assert.Equal("/colour", problem.Pointer);
        Assert.Equal("Schema: property 'colour' is not allowed here.", problem.Message);
    }

    [Fact]
    public void Validate_SchemaViolationPointsIntoTheActivity()
    {
        var d = Valid();
        Activities(d)[0]!["metadata"] = JsonNode.Parse("""{ "designer": { "position": { "x": "left", "y": 3 } } }""");

        Assert.Equal("/root/activities/0/metadata/designer/position/x", Single(d).Pointer);
    }

    [Fact]
    public void Validate_UnknownActivityType()
    {
        var d = Valid();
        Activities(d)[2]!["type"] = "GridFlow.Teleport";

        Assert.Equal("/root/activities/2/type", Single(d).Pointer);
    }

    [Fact]
    public void Validate_MissingInput()
    {
        var d = Valid();
        Activities(d)[1]!.AsObject().Remove("name");

        var problem = Single(d);

        Assert.Equal("/root/activities/1/name", problem.Pointer);
        Assert.Contains("Missing input 'name'", problem.Message);
    }

    [Fact]
    public void Validate_MissingConditionOfDecision()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "Decision");
        Connections(d)[3]!["source"]!["port"] = "true";
        Connections(d).Add(JsonNode.Parse("""{ "source": { "activity": "closed", "port": "false" }, "target": { "activity": "end" } }"""));

        AssertProblem(d, "/root/activities/2/condition", "Missing input 'condition'");
    }

    [Fact]
    public void Validate_DuplicateId()
    {
        var d = Valid();
        Activities(d).Add(Activity("end", "End"));

        AssertProblem(d, "/root/activities/4/id", "Duplicate activity id 'end'");
    }

    [Fact]
    public void Validate_DanglingConnection()
    {
        var d = Valid();
        Connections(d)[3]!["target"]!["activity"] = "nowhere";

        AssertProblem(d, "/root/connections/3/target/activity", "unknown activity 'nowhere'");
    }

    [Fact]
    public void Validate_SourcePortIsNotAnOutcome()
    {
        var d = Valid();
        Connections(d)[1]!["source"]!["port"] = "maybe";

        AssertProblem(d, "/root/connections/1/source/port", "'maybe' is not an outcome of 'check'");
    }

    [Fact]
    public void Validate_UnconnectedOutcome()
    {
        var d = Valid();
        Connections(d).RemoveAt(2);

        AssertProblem(d, "/root/activities/1", "Outcome 'no' of 'check' is not connected");
    }

    [Fact]
    public void Validate_UnreachableActivity()
    {
        var d = Valid();
        Activities(d).Add(Activity("orphan", "SetStatus", new { status = "closed" }));
        Connections(d).Add(JsonNode.Parse("""{ "source": { "activity": "orphan", "port": "done" }, "target": { "activity": "end" } }"""));

        Assert.Equal("/root/activities/4", Single(d).Pointer);
    }

    [Fact]
    public void Validate_NoPathToAnEnd()
    {
        var d = Definition(
            [Activity("start", "Start"), Task("t", "again"), Activity("s", "SetStatus", new { status = "rectifying" }), Activity("end", "End")],
            "start.done->t", "t.again->s", "s.done->t");

        var problems = validator.Validate(d);

        Assert.Contains(problems, p => p.Pointer == "/root/activities/1" && p.Message.Contains("No path from 't' leads to an End"));
        Assert.Contains(problems, p => p.Pointer == "/root/activities/3" && p.Message.Contains("unreachable"));
    }

    [Fact]
    public void Validate_AutomaticCycle()
    {
        var d = Definition(
            [
                Activity("start", "Start"),
                Activity("inc", "SetVariable", new { variable = "count", value = "variables.count + 1" }),
                Activity("more", "Decision", new { condition = "variables.count < 3" }),
                Activity("end", "End"),
            ],
            "start.done->inc", "inc.done->more", "more.true->inc", "more.false->end");

        var problem = Single(d);

        Assert.Equal("/root/activities/1", problem.Pointer);
        Assert.Contains("Automatic cycle through inc, more", problem.Message);
    }

    [Fact]
    public void Validate_LoopThroughAUserTaskIsAllowed()
    {
        var d = Definition(
            [Activity("start", "Start"), Task("fix", "done"), Task("verify", "pass", "fail"), Activity("end", "End")],
            "start.done->fix", "fix.done->verify", "verify.fail->fix", "verify.pass->end");

        Assert.Empty(validator.Validate(d));
    }

    [Fact]
    public void Validate_ExpressionThatDoesNotParse()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "SetVariable", new { variable = "count", value = "variables.count +* 1" });

        AssertProblem(d, "/root/activities/2/value", "does not parse");
    }

    [Fact]
    public void Validate_SwitchCaseExpressionThatDoesNotParse()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "Switch", new { cases = new[] { new { name = "big", condition = "issue.size >" } } });
        Connections(d)[3]!["source"]!["port"] = "big";
        Connections(d).Add(JsonNode.Parse("""{ "source": { "activity": "closed", "port": "default" }, "target": { "activity": "end" } }"""));

        Assert.Equal("/root/activities/2/cases/0/condition", Single(d).Pointer);
    }

    [Theory]
    [InlineData("\"2 hours\"")]
    [InlineData("\"P1M\"")]
    [InlineData("\"PT\"")]
    [InlineData("\"PT0S\"")]
    [InlineData("{ \"workingDays\": -1 }")]
    [InlineData("{ \"workingDays\": 2, \"hours\": 1 }")]
    [InlineData("42")]
    public void Validate_BadDuration(string due)
    {
        var d = Valid();
        Activities(d)[1]!["due"] = JsonNode.Parse(due);

        Assert.Equal("/root/activities/1/due", Single(d).Pointer);
    }

    [Fact]
    public void Validate_BadEscalationDuration()
    {
        var d = Valid();
        Activities(d)[1]!["escalations"] = JsonNode.Parse("""[{ "after": "soon", "level": 1, "role": "county-supervisor", "scope": "county", "card": "yellow" }]""");

        Assert.Equal("/root/activities/1/escalations/0/after", Single(d).Pointer);
    }

    [Fact]
    public void Validate_UnknownAssigneeRule()
    {
        var d = Valid();
        Activities(d)[1]!["assignee"] = JsonNode.Parse("""{ "rule": "mayor" }""");

        AssertProblem(d, "/root/activities/1/assignee/rule", "Unknown assignee rule 'mayor'");
    }

    [Fact]
    public void Validate_UserRuleNeedsUserName()
    {
        var d = Valid();
        Activities(d)[1]!["assignee"] = JsonNode.Parse("""{ "rule": "user" }""");

        Assert.Equal("/root/activities/1/assignee/userName", Single(d).Pointer);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("[1]")]
    [InlineData("{ \"designer\": 7 }")]
    [InlineData("{ \"designer\": { \"position\": [0, 0] } }")]
    public void Validate_MetadataThatIsNotAnObject_IsASchemaProblem(string metadata)
    {
        var d = Valid();
        Activities(d)[1]!["metadata"] = JsonNode.Parse(metadata);

        Assert.StartsWith("/root/activities/1/metadata", Single(d).Pointer);
    }

    [Fact]
    public void Validate_AnEscalationRungThatIsNotAnObject_IsAProblemAtTheRung()
    {
        var d = Valid();
        Activities(d)[1]!["escalations"] = JsonNode.Parse("""["yellow"]""");

        Assert.Contains(validator.Validate(d), p => p.Pointer == "/root/activities/1/escalations/0");
    }

    [Fact]
    public void Validate_UnknownRole()
    {
        var d = Valid();
        Activities(d)[1]!["escalations"] = JsonNode.Parse("""[{ "after": "PT0S", "level": 1, "role": "mayor", "scope": "county", "card": "yellow" }]""");

        AssertProblem(d, "/root/activities/1/escalations/0/role", "Unknown role 'mayor'");
    }

    [Fact]
    public void Validate_UnknownTemplate()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "Notify", new { recipients = new { rule = "citySupervisors" }, template = "fireworks" });

        AssertProblem(d, "/root/activities/2/template", "Unknown template 'fireworks'");
    }

    [Fact]
    public void Validate_TemplatesComeFromTheOptions()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "Notify", new { recipients = new { rule = "citySupervisors" }, template = "fireworks" });
        var options = WorkflowValidationOptions.Default with { Templates = new HashSet<string>([.. KnownTemplates.All, "fireworks"]) };

        Assert.Empty(new WorkflowValidator(options).Validate(d));
    }

    [Fact]
    public void Validate_UnknownStatus()
    {
        var d = Valid();
        Activities(d)[2]!["status"] = "vanished";

        AssertProblem(d, "/root/activities/2/status", "Unknown status 'vanished'");
    }

    [Fact]
    public void Validate_UndeclaredVariable()
    {
        var d = Valid();
        Activities(d)[2] = Activity("closed", "SetVariable", new { variable = "ghost", value = "1" });

        AssertProblem(d, "/root/activities/2/variable", "not declared");
    }

    [Fact]
    public void Validate_NoStart()
    {
        var d = Valid();
        Activities(d).RemoveAt(0);
        Connections(d).RemoveAt(0);

        AssertProblem(d, "/root/activities", "no GridFlow.Start");
    }

    [Fact]
    public void Validate_MoreThanOneStart()
    {
        var d = Valid();
        Activities(d).Add(Activity("start2", "Start"));
        Connections(d).Add(JsonNode.Parse("""{ "source": { "activity": "start2", "port": "done" }, "target": { "activity": "end" } }"""));

        Assert.Equal("/root/activities/4/type", Single(d).Pointer);
    }

    [Fact]
    public void Validate_TimeoutOutcomeMustBeAnOutcome()
    {
        var d = Valid();
        Activities(d)[1]!["timeoutOutcome"] = "expire";

        Assert.Equal("/root/activities/1/timeoutOutcome", Single(d).Pointer);
    }

    [Fact]
    public void Validate_UnknownFormFieldType()
    {
        var d = Valid();
        Activities(d)[1]!["form"] = JsonNode.Parse("""[{ "name": "x", "type": "video" }]""");

        Assert.Equal("/root/activities/1/form/0/type", Single(d).Pointer);
    }

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var d = Valid();
        Activities(d)[1]!["due"] = "soon";
        Activities(d)[2]!["status"] = "vanished";
        Connections(d)[3]!["target"]!["activity"] = "nowhere";

        Assert.True(validator.Validate(d).Count >= 3);
    }
}
