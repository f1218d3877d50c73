using GridFlow.Accounts.Directory;
namespace GridFlow.Accounts.Provisioning;

/// <summary>
/// Creates roles and accounts through Identity, so passwords are hashed and names normalised exactly as at sign-in.
/// Identity's stores share the caller's DbContext, so the writes join the caller's transaction. What exists is kept:
/// provisioning again adds only what is missing.
/// </summary>
public sealed class AccountProvisioner(UserManager<GridFlowUser> users, RoleManager<IdentityRole> roles, UserDirectory directory)
{
    /// <summary>True when every role of the API and every named account exist.</summary>
    public async Task<bool> HasAllAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken)
    {
        var roleNames = Roles.All.Select(r => roles.NormalizeKey(r)).ToList();
        var names = userNames.Select(n => users.NormalizeName(n)).ToList();
        return await roles.Roles.CountAsync(r => roleNames.Contains(r.NormalizedName!), cancellationToken) == roleNames.Count
            && await users.Users.CountAsync(u => names.Contains(u.NormalizedUserName!), cancellationToken) == names.Count;
    }

    /// <summary>Creates the API's roles that are missing; returns how many.</summary>
    public async Task<int> AddRolesAsync()
    {
        var created = 0;
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
                created++;
            }
        }

        return created;
    }

    /// <summary>
    /// Creates the account if its name is free, puts it in its role and links it to its inspector; returns the account's
    /// id and whether it was created now.
    /// </summary>
    public async Task<(string UserId, bool Created)> EnsureAsync(NewAccount account)
    {
        var user = await users.FindByNameAsync(account.UserName);
        var created = user is null;
        if (user is null)
        {
            user = new GridFlowUser
            {
                UserName = account.UserName,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                RegionId = account.RegionId,
                InspectorId = account.InspectorId,
            };
            Check(await users.CreateAsync(user, account.Password), account.UserName);
        }

        if (!await users.IsInRoleAsync(user, account.Role))
        {
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }

        if (account.InspectorId is { } inspectorId && user.InspectorId != inspectorId)
        {
            user.InspectorId = inspectorId;
            Check(await users.UpdateAsync(user), account.UserName);
        }

        directory.Invalidate();
        return (user.Id, created);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Provisioning {what} failed: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }
}
