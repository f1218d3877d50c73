using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Calendar;
using GridFlow.Workflows.Core.Models;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Activities;

public sealed class ActivityReadingTests
{
    private static WorkflowDefinition LoadLoose(System.Text.Json.Nodes.JsonObject activity) =>
        Core.Serialization.WorkflowDefinitionReader.Read(Definition([activity])).Definition!;

    private static Activity One(System.Text.Json.Nodes.JsonObject activity) => LoadLoose(activity).Root.Activities.Single();

    [Fact]
    public void Start_HasDonePortAndCategories()
    {
        var start = Assert.IsType<StartActivity>(One(Activity("s", "Start", new { categories = new[] { "dust" } })));

        Assert.Equal(["done"], start.Outcomes);
        Assert.Equal(["dust"], start.Categories);
    }

    [Fact]
    public void UserTask_ReadsEveryInputAndItsOutcomesArePorts()
    {
        var task = Assert.IsType<UserTaskActivity>(One(Activity("t", "UserTask", new
        {
            name = "整改",
            assignee = new { rule = "user", userName = "zhang.san" },
            due = new { workingDays = 3 },
            outcomes = new[] { "submitted", "extend" },
            form = new object[]
            {
                new { name = "photos", label = "照片", type = "photos", required = true, min = 2 },
                new { name = "kind", type = "choice", required = false, choices = new[] { "a", "b" } },
            },
            reminders = new[] { new { atPercent = 75 } },
            escalations = new[] { new { after = "PT0S", level = 1, role = "county-supervisor", scope = "county", card = "yellow" } },
            metadata = new { designer = new { position = new { x = 10, y = 20 } } },
        })));

        Assert.Equal(["submitted", "extend"], task.Outcomes);
        Assert.Equal(new AssigneeRule("user", "zhang.san"), task.Assignee);
        Assert.Equal(DurationSpec.FromWorkingDays(3), task.Due);
        Assert.Equal(new FormField("photos", "照片", FormFieldType.Photos, true, 2), task.Form[0]);
        Assert.Equal(["a", "b"], task.Form[1].Choices!);
        Assert.Equal(75, Assert.Single(task.Reminders).AtPercent);
        Assert.Equal("yellow", Assert.Single(task.Escalations).Card);
        Assert.Equal(new DesignerPosition(10, 20), task.Position);
    }

    [Fact]
    public void Decision_HasTrueAndFalsePorts() =>
        Assert.Equal(["true", "false"], One(Activity("d", "Decision", new { condition = "true" })).Outcomes);

    [Fact]
    public void Switch_HasCasePortsPlusDefault() =>
        Assert.Equal(
            ["big", "small", "default"],
            One(Activity("s", "Switch", new { cases = new[] { new { name = "big", condition = "1" }, new { name = "small", condition = "0" } } })).Outcomes);

    [Fact]
    public void SetVariable_HasDonePort()
    {
        var set = Assert.IsType<SetVariableActivity>(One(Activity("v", "SetVariable", new { variable = "count", value = "1 + 1" })));

        Assert.Equal(("count", "1 + 1"), (set.Variable, set.Value));
        Assert.Equal(["done"], set.Outcomes);
    }

    [Fact]
    public void SetStatus_HasDonePort() =>
        Assert.Equal(["done"], One(Activity("s", "SetStatus", new { status = "closed" })).Outcomes);

    [Fact]
    public void Notify_ReadsRecipientsAndTemplate()
    {
        var notify = Assert.IsType<NotifyActivity>(One(Activity("n", "Notify", new { recipients = new { rule = "citySupervisors" }, template = "city-alert" })));

        Assert.Equal(("citySupervisors", "city-alert"), (notify.Recipients.Rule, notify.Template));
        Assert.Equal(["done"], notify.Outcomes);
    }

    [Fact]
    public void Fork_PortsAreItsBranches() =>
        Assert.Equal(["a", "b"], One(Activity("f", "Fork", new { branches = new[] { "a", "b" } })).Outcomes);

    [Fact]
    public void Join_HasDonePort() => Assert.Equal(["done"], One(Activity("j", "Join")).Outcomes);

    [Fact]
    public void End_HasNoPorts() => Assert.Empty(One(Activity("e", "End")).Outcomes);

    [Fact]
    public void Load_InvalidDefinitionThrowsWithProblems()
    {
        var ex = Assert.Throws<Core.Serialization.InvalidWorkflowDefinitionException>(() => Load(Definition([Activity("t", "UserTask")])));

        Assert.Contains(ex.Problems, p => p.Pointer == "/root/activities/0/name");
    }
}
