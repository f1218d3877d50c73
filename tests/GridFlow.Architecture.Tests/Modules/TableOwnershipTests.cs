using System.Text.RegularExpressions;
using GridFlow.Architecture.Tests.Support;

namespace GridFlow.Architecture.Tests.Modules;

/// <summary>
/// Each table has one owning module; another module reaches its data through the owner's contract, never by naming the
/// table — in SQL, through the context's property for it, or through its entity's namespace.
/// </summary>
public sealed class TableOwnershipTests
{
    public static TheoryData<string> Projects() => [.. SourceProject.All.Where(p => p.Name != "GridFlow.Data").Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Module_NamesNoTableOfAnotherModule(string project)
    {
        var module = SourceProject.All.Single(p => p.Name == project);
        var foreign = TableOwners.All.Where(t => t.Owner != project).ToList();
        var violations = new List<string>();
        foreach (var (path, text) in module.CodeFiles())
        {
            foreach (var table in foreign)
            {
                // SQL is written in capitals here; "split into grids" in a comment is not a statement.
                var sql = new Regex($@"\b(FROM|JOIN|INTO|UPDATE|USING|TABLE)\s+""?{Regex.Escape(table.Name)}""?(\s|$|\)|;|,)");
                if (sql.Match(text) is { Success: true } hit)
                {
                    violations.Add($"{path}: SQL names {table.Name} ({table.Owner}): \"{hit.Value.Trim()}\"");
                }

                foreach (var set in table.DbSets)
                {
                    if (Regex.Match(text, $@"\b(db|context|dbContext)\.{set}\b") is { Success: true } use)
                    {
                        violations.Add($"{path}: uses {use.Value} ({table.Name}, {table.Owner})");
                    }
                }
            }

            foreach (Match use in Regex.Matches(text, @"\bGridFlow\.Data\.(Accounts|Regions|Attachments|Workflows\.Management|Workflows\.Runtime|Notifications)\b"))
            {
                if (TableOwners.ModuleOf(use.Value) != project)
                {
                    violations.Add($"{path}: names {use.Value}, the entities of {TableOwners.ModuleOf(use.Value)}");
                }
            }
        }

        Assert.True(violations.Count == 0, $"{project} reaches into other modules' tables:\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void EveryTable_HasAnOwner_AndTheCheckSeesThem()
    {
        // The model loads and its tables are the ones the checks above look for (a typo in the owner map throws).
        Assert.Contains(TableOwners.All, t => t is { Name: "workflow_tasks", Owner: "GridFlow.Workflows.Runtime" });
        Assert.Contains(TableOwners.All, t => t is { Name: "grids", Owner: "GridFlow.Regions" });
        Assert.Contains(TableOwners.All, t => t is { Name: "AspNetUsers", Owner: "GridFlow.Accounts" });
        Assert.Contains(TableOwners.All, t => t is { Name: "refresh_tokens", Owner: "GridFlow.Accounts" });
        Assert.Contains(TableOwners.All, t => t is { Name: "login_failure_streaks", Owner: "GridFlow.Accounts" });
        Assert.Contains(TableOwners.All, t => t is { Name: "notifications", Owner: "GridFlow.Notifications" });
        Assert.Contains(TableOwners.All, t => t is { Name: "audit_log", Owner: "GridFlow.Data" });
        Assert.All(TableOwners.All, t => Assert.False(string.IsNullOrEmpty(t.Owner)));
    }
}
