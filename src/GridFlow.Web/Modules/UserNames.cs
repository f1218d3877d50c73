using GridFlow.Accounts.Directory;

namespace GridFlow.Web.Modules;

/// <summary>
/// The names people know each other by, for a task held by one user: the Accounts module's directory (cached there),
/// so a page shows "张三 (zhangsan)" where the API gives a user id. Whoever may see the task may see who holds it.
/// </summary>
public sealed class UserNames(UserDirectory directory)
{
    /// <summary>The display names of <paramref name="userIds"/>; an id with no account keeps the id itself.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var contacts = await directory.ByIdAsync(id, cancellationToken);
            names[id] = contacts.FirstOrDefault() is { } user ? Label(user) : id;
        }

        return names;
    }

    private static string Label(UserContact user) =>
        string.IsNullOrWhiteSpace(user.DisplayName) || user.DisplayName == user.UserName ? user.UserName : $"{user.DisplayName} ({user.UserName})";
}
