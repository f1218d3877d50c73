using System.Text.RegularExpressions;
using GridFlow.Workflows.Runtime.Tasks;

namespace GridFlow.Server.Tests.Workflows.Runtime.Tasks;

/// <summary>The inbox statement's shape: one index branch per kind of assignee and per role, each counted, one text per role count.</summary>
public sealed class InboxSqlTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void For_HasABranchAndACountPerKindOfAssignee(int roles)
    {
        var sql = InboxSql.For(roles);

        var branches = Regex.Matches(sql, @"\(SELECT id, due_at, created_at FROM workflow_tasks WHERE (?<who>.+?) AND status = \$4 ORDER BY due_at NULLS LAST, created_at, id LIMIT \$5\)");
        var counts = Regex.Matches(sql, @"\(SELECT count\(\*\) FROM workflow_tasks WHERE (?<who>.+?) AND status = \$4\)");
        string[] expected = ["assignee_user_id = $1", "assignee_inspector_id = $2", .. Enumerable.Range(0, roles).Select(i => $"assignee_role = ${8 + i} AND assignee_region_id = $3")];

        Assert.Equal(expected, branches.Select(m => m.Groups["who"].Value));
        Assert.Equal(expected, counts.Select(m => m.Groups["who"].Value));
        Assert.Contains("LIMIT $6 OFFSET $7", sql);
        Assert.DoesNotContain($"${8 + roles}", sql);
    }

    [Fact]
    public void For_TheSameRoleCount_IsTheSameText_SoItStaysPrepared() =>
        Assert.Same(InboxSql.For(2), InboxSql.For(2));
}
