using System.Globalization;
using GridFlow.Benchmarks.Lifecycle.Contracts;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// The first task of each reported issue, from the officer's inbox: the report answer names the instance, not
/// its tasks, and a few pages of 500 cost far less than a GET per issue (and are not part of any timing).
/// </summary>
public static class AcceptTaskFinder
{
    private const int PageSize = 500;

    /// <summary>The accept task id per issue, in the order of <paramref name="issueIds"/> (null where none was found).</summary>
    public static async Task<string?[]> FindAsync(ApiClient api, DemoUser officer, IReadOnlyList<string?> issueIds)
    {
        var byIssue = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var uri = string.Create(CultureInfo.InvariantCulture, $"/api/tasks?assignedTo=me&status=open&pageSize={PageSize}&page={page}");
            var answer = await api.GetAsync(officer.Token, uri);
            DemoSignIn.Expect(answer, 200, $"GET {uri}");
            var tasks = answer.Read<TaskPage>();
            foreach (var task in tasks.Items.Where(t => t.ActivityId == "accept"))
            {
                byIssue[task.IssueId] = task.Id;
            }

            if (tasks.Items.Count < PageSize || page * PageSize >= tasks.Total)
            {
                break;
            }
        }

        return issueIds.Select(id => id is not null && byIssue.TryGetValue(id, out var task) ? task : null).ToArray();
    }
}
